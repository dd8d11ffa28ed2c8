import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { expectMaskedFirst, expectNotShown, jobFor, planted, startServer } from './fixtures.js';
import { Job, visibleOutput, type StepResult } from './runner.js';

/** The `::error::` lines of a step, unescaped. */
function errors(step: StepResult): string {
  return step.output
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n');
}

/** A step that failed: exit 1, nothing exported, nothing for the post step to blank. */
function expectFailed(step: StepResult): void {
  expect(step.exitCode, visibleOutput(step.output)).toBe(1);
  expect(step.env).toEqual({});
  expect(step.state).toEqual({});
}

describe('the bundled Action on bad input and AWS errors', () => {
  let server: SecretsManagerServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.faults.clear());

  it.each<[string, Record<string, string>, string]>([
    ['export-env: yes', { 'export-env': 'yes' }, "Input 'export-env' must be true or false"],
    ['parse-json-secrets: 1', { 'parse-json-secrets': '1' }, "Input 'parse-json-secrets' must"],
    ['name-transformation', { 'name-transformation': 'camel' }, "'name-transformation' must be"],
    ['concurrency: 0', { concurrency: '0' }, "Input 'concurrency' must be a whole number"],
    ['empty secret-ids', { 'secret-ids': '' }, "Input 'secret-ids' is empty"],
    ['json-keys alone', { 'json-keys': 'password' }, "Input 'json-keys' picks keys of parsed"],
    ['both versions', { 'version-id': 'v1', 'version-stage': 'x' }, "Set either 'version-stage'"],
    ['an invalid alias', { 'secret-ids': '1BAD,some/secret' }, "alias '1BAD' is not a valid"],
    ['outputs nowhere', { 'export-env': 'false' }, "Both 'export-env' and 'export-outputs'"],
  ])('refuses %s before calling AWS', async (_label, inputs, message) => {
    server.resetCalls();
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'some/secret', ...inputs });
    expectFailed(step);
    expect(errors(step)).toContain(message);
    expect(server.calls).toEqual({});
  });

  it('asks for a region when none is set anywhere', async () => {
    server.resetCalls();
    const job = await Job.create({
      ...server.env(),
      AWS_REGION: '',
      AWS_DEFAULT_REGION: '',
      HOME: '/nonexistent',
    });
    const step = await job.main({ 'secret-ids': 'some/secret' });
    expectFailed(step);
    expect(errors(step)).toContain("No AWS region: set the 'region' input");
    expect(server.calls).toEqual({});
  });

  it('names an unknown secret and how to fix it, or warns with ignore-missing', async () => {
    const job = await jobFor(server);
    const failed = await job.main({ 'secret-ids': 'no/such-secret' });
    expectFailed(failed);
    expect(errors(failed)).toBe(
      "secret 'no/such-secret': not found (ResourceNotFoundException); check the name or ARN and the region, or set ignore-missing: true",
    );
    expect(failed.output).not.toContain("can't find");

    const value = planted('present');
    server.put({ name: 'yes/present', string: value });
    const ignored = await job.main({
      'secret-ids': 'no/such-secret\nyes/present',
      'ignore-missing': 'true',
    });
    expect(ignored.exitCode).toBe(0);
    expectMaskedFirst(ignored, [value]);
    expect(ignored.output).toContain("::warning::Secret 'no/such-secret' was not found");
    expect(ignored.env).toEqual({ YES_PRESENT: value });
  });

  it('fails on a prefix that matches nothing, unless ignore-missing', async () => {
    const job = await jobFor(server);
    const failed = await job.main({ 'secret-ids': 'nothing/here/*' });
    expectFailed(failed);
    expect(errors(failed)).toContain("'nothing/here/*'");
    const ignored = await job.main({ 'secret-ids': 'nothing/here/*', 'ignore-missing': 'true' });
    expect(ignored.exitCode, visibleOutput(ignored.output)).toBe(0);
    expect(ignored.output).toContain("::warning::No secret matches 'nothing/here/*'");
  });

  it('reports denied and undecryptable secrets in one line each, without SDK text', async () => {
    const denied = planted('denied');
    const locked = planted('locked');
    server.put({ name: 'err/denied', string: denied });
    server.put({ name: 'err/locked', string: locked });
    server.faults.denySecret('err/denied');
    server.faults.kmsFailure('err/locked');
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'err/denied\nerr/locked' });
    expectFailed(step);
    const message = errors(step);
    expect(message).toContain("secret 'err/denied': access denied (AccessDeniedException)");
    expect(message).toContain('secretsmanager:GetSecretValue');
    expect(message).toContain("secret 'err/locked': cannot be decrypted (DecryptionFailure)");
    expect(message).toContain('kms:Decrypt');
    // The server's error messages quote the values; none of that text may reach the log.
    expectNotShown(step, [denied, locked]);
    expect(step.output).not.toMatch(/denied reading|cannot decrypt/);
  });

  it('masks the values before refusing colliding and reserved names', async () => {
    const a = planted('collide-a');
    const b = planted('collide-b');
    const reserved = planted('reserved');
    server.put({ name: 'dup/a-b', string: a });
    server.put({ name: 'dup/a_b', string: b });
    server.put({ name: 'dup/token', string: reserved });
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'dup/a-b\ndup/a_b\nGITHUB_TOKEN,dup/token' });
    expectFailed(step);
    expectMaskedFirst(step, [a, b, reserved]);
    const message = errors(step);
    expect(message).toContain("secret 'dup/a-b' and secret 'dup/a_b' both map to DUP_A_B");
    expect(message).toContain('alias');
    expect(message).toContain("secret 'dup/token' would set GITHUB_TOKEN");
  });

  it('exports a secret that only looks like JSON whole, with a warning naming it', async () => {
    const broken = `{"password": "${planted('broken')}", `;
    server.put({ name: 'json/broken', string: broken });
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'json/broken', 'parse-json-secrets': 'true' });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [broken]);
    expect(step.env).toEqual({ JSON_BROKEN: broken });
    expect(step.output).toMatch(/::warning::secret 'json\/broken' starts like a JSON object/);
  });

  it('carries a 65 KB value intact', async () => {
    const big = Array.from(
      { length: 1000 },
      (_, i) => `${planted(`big${i}`)}${randomBytes(24).toString('hex')}`,
    ).join('\n');
    expect(big.length).toBeGreaterThan(65 * 1024);
    server.put({ name: 'big/value', string: big });
    const job = await jobFor(server);
    const step = await job.main({ 'secret-ids': 'big/value' });
    expect(step.exitCode, visibleOutput(step.output)).toBe(0);
    expectMaskedFirst(step, [big]);
    expect(step.env.BIG_VALUE).toBe(big);
  });
});
