import { beforeEach, describe, expect, it } from 'vitest';
import {
  AwsSecretError,
  SecretFetchError,
  fetchSecrets,
  parseSecretIds,
} from '../../src/sync/index.js';
import { client, fastRetry, planted, useSecretsManager } from './aws-fixture.js';

const server = useSecretsManager();

async function failureOf(promise: Promise<unknown>): Promise<SecretFetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SecretFetchError);
  return error as SecretFetchError;
}

beforeEach(() => {
  server().faults.clear();
  server().resetCalls();
});

describe('fetchSecrets against the local Secrets Manager', () => {
  it('pages ListSecrets past 100 matches and batches 20 ids a call', async () => {
    const values = new Map<string, string>();
    for (let i = 0; i < 250; i++) {
      const name = `paged/app/s${String(i).padStart(3, '0')}`;
      values.set(name, planted());
      server().put({ name, string: values.get(name) });
    }
    server().put({ name: 'paged/other', string: planted() });
    const result = await fetchSecrets(client(), parseSecretIds('paged/app/*'), {
      retry: fastRetry,
    });
    expect(result.secrets).toHaveLength(250);
    for (const secret of result.secrets) {
      expect(secret.value).toEqual({ kind: 'string', text: values.get(secret.name) });
      expect(secret.id).toBe(secret.name);
      expect(secret.selector).toBe('paged/app/*');
    }
    expect(result.calls).toEqual({ ListSecrets: 3, BatchGetSecretValue: 13 });
    expect(server().calls).toEqual({ ListSecrets: 3, BatchGetSecretValue: 13 });
  });

  it('reads names, full ARNs and partial ARNs, keeping the id as written', async () => {
    const a = planted();
    const b = planted();
    const c = planted();
    server().put({ name: 'ids/a', string: a });
    const arnB = server().put({ name: 'ids/b', string: b });
    const arnC = server().put({ name: 'ids/c', string: c });
    const partialC = arnC.slice(0, -7);
    const result = await fetchSecrets(
      client(),
      parseSecretIds(`ids/a\nB_ALIAS,${arnB}\n${partialC}`),
    );
    expect(result.secrets.map((s) => [s.id, s.name, s.alias, s.value])).toEqual([
      ['ids/a', 'ids/a', undefined, { kind: 'string', text: a }],
      [arnB, 'ids/b', 'B_ALIAS', { kind: 'string', text: b }],
      [partialC, 'ids/c', undefined, { kind: 'string', text: c }],
    ]);
    expect(result.secrets[1]?.arn).toBe(arnB);
    expect(result.calls).toEqual({ BatchGetSecretValue: 1 });
  });

  it("reports every per-secret Batch error with the id and the fix, never the SDK's text", async () => {
    const denied = planted();
    const kms = planted();
    server().put({ name: 'errs/denied', string: denied });
    server().put({ name: 'errs/kms', string: kms });
    server().put({ name: 'errs/fine', string: planted() });
    server().faults.denySecret('errs/denied');
    server().faults.kmsFailure('errs/kms');
    const error = await failureOf(
      fetchSecrets(client(), parseSecretIds('errs/fine\nerrs/denied\nerrs/kms\nerrs/unknown')),
    );
    const byId = new Map(error.failures.map((f) => [f.secretId, f]));
    expect([...byId.keys()].sort()).toEqual(['errs/denied', 'errs/kms', 'errs/unknown']);
    expect(byId.get('errs/denied')?.kind).toBe('access-denied');
    expect(byId.get('errs/denied')?.message).toMatch(
      /^secret 'errs\/denied': access denied .*secretsmanager:GetSecretValue/,
    );
    expect(byId.get('errs/kms')?.message).toMatch(/^secret 'errs\/kms': .*kms:Decrypt/);
    expect(byId.get('errs/unknown')?.message).toMatch(
      /^secret 'errs\/unknown': not found .*ignore-missing/,
    );
    for (const failure of error.failures) expect(failure.message).not.toContain('\n');
    expect(error.message).not.toContain(denied);
    expect(error.message).not.toContain(kms);
    expect(error.message).not.toContain("can't find");
    expect(server().calls).toEqual({ BatchGetSecretValue: 1 });
  });

  it('puts unknown ids and empty prefixes in missing with ignoreMissing, fails without', async () => {
    server().put({ name: 'miss/here', string: planted() });
    const selectors = parseSecretIds('miss/here\nmiss/gone\nnothing/under/*');
    const result = await fetchSecrets(client(), selectors, { ignoreMissing: true });
    expect(result.secrets.map((s) => s.id)).toEqual(['miss/here']);
    expect(result.missing.sort()).toEqual(['miss/gone', 'nothing/under/*']);
    const error = await failureOf(fetchSecrets(client(), selectors));
    expect(error.failures.map((f) => f.message).sort()).toEqual([
      expect.stringMatching(/^prefix 'nothing\/under\/\*': no secret name starts with/),
      expect.stringMatching(/^secret 'miss\/gone': not found/),
    ]);
  });

  it('falls back to GetSecretValue when the role may not call BatchGetSecretValue', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `nobatch/s${i}`);
    const values = names.map((name) => {
      const value = planted();
      server().put({ name, string: value });
      return value;
    });
    server().faults.denyOperation('BatchGetSecretValue');
    const result = await fetchSecrets(client(), parseSecretIds(names.join('\n')), {
      concurrency: 1,
    });
    expect(result.secrets.map((s) => (s.value.kind === 'string' ? s.value.text : ''))).toEqual(
      values,
    );
    // One denied Batch call is enough to stop trying it (concurrency 1 makes this exact).
    expect(result.calls).toEqual({ BatchGetSecretValue: 1, GetSecretValue: 45 });
  });

  it('falls back to GetSecretValue on an endpoint without BatchGetSecretValue', async () => {
    const value = planted();
    server().put({ name: 'emulator/s', string: value });
    server().faults.removeOperation('BatchGetSecretValue');
    const result = await fetchSecrets(client(), parseSecretIds('emulator/s'));
    expect(result.secrets[0]?.value).toEqual({ kind: 'string', text: value });
    expect(result.calls).toEqual({ BatchGetSecretValue: 1, GetSecretValue: 1 });
  });

  it('reads a pinned stage or version with GetSecretValue only', async () => {
    const now = planted();
    const before = planted();
    const labelled = planted();
    server().put({
      name: 'pinned/s',
      string: now,
      versions: [
        { id: 'v-prev', stages: ['AWSPREVIOUS'], string: before },
        { id: 'v-label', stages: ['blue'], string: labelled },
      ],
    });
    const selectors = parseSecretIds('pinned/s');
    const previous = await fetchSecrets(client(), selectors, { versionStage: 'AWSPREVIOUS' });
    expect(previous.secrets[0]?.value).toEqual({ kind: 'string', text: before });
    expect(previous.secrets[0]?.versionId).toBe('v-prev');
    const byId = await fetchSecrets(client(), selectors, { versionId: 'v-label' });
    expect(byId.secrets[0]?.value).toEqual({ kind: 'string', text: labelled });
    expect(server().calls).toEqual({ GetSecretValue: 2 });
    const error = await failureOf(fetchSecrets(client(), selectors, { versionStage: 'nope' }));
    expect(error.failures[0]?.kind).toBe('not-found');
  });

  it('retries throttled calls with backoff, and gives up after the bounded attempts', async () => {
    const value = planted();
    server().put({ name: 'throttle/s', string: value });
    server().put({ name: 'throttle/t', string: planted() });
    server().faults.throttle(3);
    const ok = await fetchSecrets(client(), parseSecretIds('throttle/*'), { retry: fastRetry });
    expect(ok.secrets).toHaveLength(2);
    // 3 throttled + 1 ListSecrets + 1 Batch.
    expect((ok.calls.ListSecrets ?? 0) + (ok.calls.BatchGetSecretValue ?? 0)).toBe(5);

    server().faults.throttle(100, 'BatchGetSecretValue');
    const started = Date.now();
    const error = await failureOf(
      fetchSecrets(client(), parseSecretIds('throttle/s'), {
        retry: { attempts: 3, baseDelayMs: 40 },
      }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(40 / 2 + 80 / 2);
    expect(server().calls.BatchGetSecretValue).toBe(1 + 3);
    expect(error.failures[0]?.kind).toBe('throttled');
    expect(error.message).toMatch(/^secret 'throttle\/s': still throttled after retries/);
  });

  it('retries a timed-out call, and reports a timeout naming the id', async () => {
    const value = planted();
    server().put({ name: 'slow/s', string: value });
    server().faults.delay(1, 600);
    const ok = await fetchSecrets(client(150), parseSecretIds('slow/s'), { retry: fastRetry });
    expect(ok.secrets[0]?.value).toEqual({ kind: 'string', text: value });
    expect(ok.calls.BatchGetSecretValue).toBe(2);

    server().faults.delay(10, 600);
    const error = await failureOf(
      fetchSecrets(client(150), parseSecretIds('slow/s'), {
        retry: { attempts: 2, baseDelayMs: 1 },
      }),
    );
    expect(error.failures[0]?.kind).toBe('timeout');
    expect(error.message).toMatch(/^secret 'slow\/s': no answer from Secrets Manager in time/);
  });

  it('keeps binary secrets byte-exact', async () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) % 256;
    bytes.set([0xff, 0xfe, 0x00, 0xc3, 0x28], 100); // invalid UTF-8 on purpose
    server().put({ name: 'bin/key', binary: bytes });
    for (const options of [{}, { versionStage: 'AWSCURRENT' }]) {
      const result = await fetchSecrets(client(), parseSecretIds('bin/key'), options);
      const value = result.secrets[0]?.value;
      expect(value?.kind).toBe('binary');
      expect(value?.kind === 'binary' && Buffer.from(value.bytes).equals(Buffer.from(bytes))).toBe(
        true,
      );
    }
  });

  it('reads a 65 KB value intact', async () => {
    const big = planted()
      .repeat(1)
      .padEnd(65 * 1024, 'x\n');
    server().put({ name: 'big/value', string: big });
    const result = await fetchSecrets(client(), parseSecretIds('big/value'));
    expect(result.secrets[0]?.value).toEqual({ kind: 'string', text: big });
  });

  it('refuses an alias on a prefix that matches several secrets', async () => {
    server().put({ name: 'multi/a', string: planted() });
    server().put({ name: 'multi/b', string: planted() });
    const error = await failureOf(fetchSecrets(client(), parseSecretIds('ONE,multi/*')));
    expect(error.failures[0]).toBeInstanceOf(AwsSecretError);
    expect(error.message).toMatch(/alias ONE needs exactly one match but 2 secrets match/);
    server().put({ name: 'single/a', string: planted() });
    const one = await fetchSecrets(client(), parseSecretIds('ONE,single/*'));
    expect(one.secrets.map((s) => [s.alias, s.id])).toEqual([['ONE', 'single/a']]);
  });

  it('names the missing IAM action when ListSecrets is denied', async () => {
    server().faults.denyOperation('ListSecrets');
    const error = await failureOf(fetchSecrets(client(), parseSecretIds('denied/list/*')));
    expect(error.message).toMatch(
      /^prefix 'denied\/list\/\*': access denied .*secretsmanager:ListSecrets/,
    );
  });
});

describe('fetchSecrets concurrency', () => {
  it('keeps at most `concurrency` calls in flight', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `conc/s${i}`);
    for (const name of names) server().put({ name, string: planted() });
    server().faults.delay(1000, 20);
    await fetchSecrets(client(), parseSecretIds(names.join('\n')), {
      versionStage: 'AWSCURRENT',
      concurrency: 4,
    });
    expect(server().calls).toEqual({ GetSecretValue: 30 });
    expect(server().peakInFlight()).toBe(4);
  });
});
