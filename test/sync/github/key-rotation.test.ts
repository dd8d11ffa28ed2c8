import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  targetLabel,
  type GitHubTargets,
  type TargetRef,
} from '../../../src/sync/github/index.js';
import {
  applyPlan,
  failureMessage,
  formatMarkdownSummary,
  formatTable,
  fromInputs,
  planSync,
  readTargetStates,
  resolveDesired,
  toJsonReport,
} from '../../../src/sync/plan/index.js';
import type { FetchedSecret } from '../../../src/sync/types.js';
import type { GitHubApiServer } from '../../helpers/github-api-server.js';
import { plantedValue, seededServer, skipReason, targetsFor } from './fixture.js';

const repo: TargetRef = { kind: 'repository', owner: 'acme', repo: 'app' };
const env: TargetRef = { ...repo, kind: 'environment', environment: 'production' };
const org: TargetRef = { kind: 'organization', org: 'acme', visibility: 'private' };
const put = { method: 'PUT', route: /\/secrets\/\{secret_name\}$/ };
const keyRoute = { method: 'GET', route: /\/public-key$/ };
const repoKey = 'GET /repos/{owner}/{repo}/actions/secrets/public-key';
const repoPut = 'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}';

/** Four AWS secrets, as `fetchSecrets` would return them, with freshly planted values. */
function awsSecrets(): { secrets: FetchedSecret[]; values: Record<string, string> } {
  const values: Record<string, string> = {};
  const secrets = ['API_KEY', 'DB_PASSWORD', 'TOKEN', 'WEBHOOK'].map((name): FetchedSecret => {
    values[name] = plantedValue(name.toLowerCase());
    return {
      id: name,
      selector: name,
      name,
      arn: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
      versionId: plantedValue('version'),
      value: { kind: 'string', text: values[name] },
    };
  });
  return { secrets, values };
}

/** One sync run into `acme/app`, its `production` environment and org `acme`, two writes at a time. */
async function syncRun(github: GitHubTargets, secrets: FetchedSecret[]) {
  const spec = fromInputs({
    secretIds: secrets.map((s) => s.id).join('\n'),
    parseJson: false,
    nameTransformation: 'uppercase',
    repositories: ['acme/app'],
    environments: ['production'],
    createEnvironments: false,
    org: 'acme',
    orgVisibility: 'private',
    orgSelectedRepositories: [],
    dependabot: false,
  });
  const states = await readTargetStates(spec, github, { dryRun: false });
  const plan = planSync(resolveDesired(spec, secrets), states, { prune: false });
  const result = await applyPlan(plan, github, { concurrency: 2, spacingMs: 0 });
  const shown = [
    JSON.stringify(toJsonReport(result)),
    formatTable(result),
    formatMarkdownSummary(result),
    failureMessage(result) ?? '',
  ].join('\n');
  return { result, shown };
}

/** Public-key fetches per target kind, as the server counted them. */
function keyFetches(server: GitHubApiServer): number[] {
  return Object.entries(server.calls)
    .filter(([k]) => k.endsWith('/public-key'))
    .map(([, n]) => n);
}

describe.skipIf(skipReason !== undefined)(
  `a public key rotated mid-run${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: GitHubApiServer;
    beforeEach(async () => {
      server = await seededServer();
    });
    afterEach(async () => {
      expect(server.problems).toEqual([]);
      await server.close();
    });

    it('the local server refuses the old key_id with 422 once the key rotated', async () => {
      const github = targetsFor(server);
      const before = server.publicKey(repo);
      await github.putSecret(repo, 'FIRST', 'v');
      server.rotateKey(repo);
      const after = server.publicKey(repo);
      expect(after.keyId).not.toBe(before.keyId);
      expect(after.key).not.toBe(before.key);
      // Other scopes keep their keys.
      expect(server.publicKey(env).keyId).not.toBe(after.keyId);
      const value = plantedValue();
      expect(await github.putSecret(repo, 'SECOND', value)).toBe('created');
      const statuses = server.requests.filter((r) => r.key === repoPut).map((r) => r.status);
      expect(statuses).toEqual([201, 422, 201]);
      expect(server.secret(repo, 'SECOND')).toMatchObject({
        value,
        keyId: server.publicKey(repo).keyId,
      });
    });

    it('reads the key again, reseals and retries once, and later items use the new key', async () => {
      const github = targetsFor(server);
      const oldKey = server.publicKey(repo).keyId;
      server.faults.next(1, { kind: 'rotate-key' }, put);
      const values = ['A', 'B', 'C'].map((n) => [n, plantedValue(n)] as const);
      for (const [name, value] of values)
        expect(await github.putSecret(repo, name, value)).toBe('created');
      const newKey = server.publicKey(repo).keyId;
      expect(newKey).not.toBe(oldKey);
      expect(server.secret(repo, 'A')).toMatchObject({ value: values[0]?.[1], keyId: oldKey });
      for (const [name, value] of values.slice(1))
        expect(server.secret(repo, name)).toMatchObject({ value, keyId: newKey });
      // A, then B refused, the key read again, B resealed, C: the retry and re-read are counted.
      expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
        'GET 200',
        'PUT 201',
        'PUT 422',
        'GET 200',
        'PUT 201',
        'PUT 201',
      ]);
      expect(github.calls()).toEqual({ [repoKey]: 2, [repoPut]: 4 });
    });

    it('a run where the key rotates after the first PUT lands every value, opened by the new keys', async () => {
      const github = targetsFor(server);
      const { secrets, values } = awsSecrets();
      // Each target's key rotates right after the first value sealed with it is accepted.
      for (const t of [repo, env, org])
        server.faults.next(1, { kind: 'rotate-key' }, { ...put, route: secretRoute(t) });
      const oldKeys = [repo, env, org].map((t) => server.publicKey(t).keyId);
      const { result, shown } = await syncRun(github, secrets);
      expect(result.counts).toMatchObject({ created: 12, failed: 0 });
      expect(server.faults.pending()).toBe(0);
      for (const [i, t] of [repo, env, org].entries()) {
        const newKey = server.publicKey(t).keyId;
        expect(newKey).not.toBe(oldKeys[i]);
        const stored = Object.keys(values).map((name) => server.secret(t, name));
        for (const name of Object.keys(values))
          expect(server.secret(t, name)?.value, `${targetLabel(t)} ${name}`).toBe(values[name]);
        // The first value was accepted before the rotation; every later one was opened by the
        // new private key (the server opens with the scope's current keypair).
        const openedWith = stored.map((s) => s?.keyId);
        expect(openedWith.filter((k) => k === oldKeys[i])).toHaveLength(1);
        expect(openedWith.filter((k) => k === newKey)).toHaveLength(3);
      }
      // One re-read per target: 2 key fetches each; at most 2 refused PUTs each (two in flight).
      expect(keyFetches(server)).toEqual([2, 2, 2]);
      const refused = server.requests.filter((r) => r.status === 422).length;
      expect(refused).toBeGreaterThanOrEqual(3);
      expect(refused).toBeLessThanOrEqual(6);
      const puts = Object.entries(github.calls()).filter(([k]) =>
        /^PUT .*\{secret_name\}$/.test(k),
      );
      expect(puts.reduce((n, [, c]) => n + c, 0)).toBe(12 + refused);
      for (const value of Object.values(values)) expect(shown).not.toContain(value);
    });

    it('a key that keeps rotating fails the items once, then a re-run converges', async () => {
      const { secrets, values } = awsSecrets();
      // Every key read is stale at once: sealing can never match the current key.
      server.faults.always(
        { kind: 'rotate-key' },
        { ...keyRoute, route: /\/actions\/secrets\/public-key$/ },
      );
      const first = await syncRun(targetsFor(server), secrets);
      const failedTargets = new Set(
        first.result.items.filter((i) => i.outcome === 'failed').map((i) => targetLabel(i.target)),
      );
      expect(failedTargets).toEqual(new Set(['acme/app', 'org acme']));
      expect(first.result.counts).toMatchObject({ created: 4, failed: 8 });
      for (const item of first.result.items.filter((i) => i.outcome === 'failed'))
        expect(item.reason).toMatch(/^GitHub refused write secret \w+ on .+ \(422\).*public key/);
      expect(
        first.result.items.some((i) => /new public key: the key changed again/.test(i.reason)),
      ).toBe(true);
      // Never more than one re-read per target, however often the key changes.
      expect(server.calls[repoKey]).toBe(2);
      expect(server.calls['GET /orgs/{org}/actions/secrets/public-key']).toBe(2);
      expect(server.secretNames(repo)).toEqual([]);
      for (const value of Object.values(values)) expect(first.shown).not.toContain(value);

      server.faults.clear();
      const second = await syncRun(targetsFor(server), secrets);
      expect(second.result.counts).toMatchObject({ created: 8, unchanged: 4, failed: 0 });
      for (const t of [repo, env, org])
        for (const [name, value] of Object.entries(values))
          expect(server.secret(t, name)).toMatchObject({ value, keyId: server.publicKey(t).keyId });
      const third = await syncRun(targetsFor(server), secrets);
      expect(third.result.counts).toMatchObject({ unchanged: 12, failed: 0 });
    });

    it('does not retry a 422 that is not about the key, and reads the key again only once', async () => {
      const github = targetsFor(server);
      const error = await github.putSecret(repo, 'GITHUB_NOPE', 'v').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitHubApiError);
      expect(error).toMatchObject({ status: 422, operation: 'write secret GITHUB_NOPE' });
      expect((error as Error).message).toContain('no GITHUB_ prefix');
      await expect(github.putSecret(repo, 'GITHUB_AGAIN', 'v')).rejects.toMatchObject({
        status: 422,
      });
      // The unchanged key is not sealed with twice: one PUT per item, one re-read in all.
      expect(server.calls[repoPut]).toBe(2);
      expect(server.calls[repoKey]).toBe(2);
      expect(await github.putSecret(repo, 'FINE', 'v')).toBe('created');
    });

    it('keeps org access settings on the resealed retry', async () => {
      const github = targetsFor(server);
      server.setSecret(org, 'SHARED', 'old', {
        visibility: 'selected',
        selectedRepositories: ['app', 'web'],
      });
      const ids = server.secret(org, 'SHARED')?.selectedRepositoryIds;
      await github.listSecrets(org);
      server.faults.next(1, { kind: 'rotate-key', when: 'before' }, put);
      const value = plantedValue();
      expect(await github.putSecret(org, 'SHARED', value)).toBe('updated');
      expect(server.secret(org, 'SHARED')).toMatchObject({
        value,
        visibility: 'selected',
        selectedRepositoryIds: ids,
        keyId: server.publicKey(org).keyId,
      });
    });

    it('reports a failed re-read of the key, and the next item reads it afresh', async () => {
      const github = targetsFor(server);
      await github.putSecret(repo, 'A', 'v');
      server.rotateKey(repo);
      server.faults.next(1, { kind: 'status', status: 403 }, keyRoute);
      await expect(github.putSecret(repo, 'B', 'v')).rejects.toMatchObject({
        status: 403,
        operation: 'read the public key',
      });
      const value = plantedValue();
      expect(await github.putSecret(repo, 'B', value)).toBe('created');
      expect(server.secret(repo, 'B')?.value).toBe(value);
      expect(server.calls[repoKey]).toBe(3);
    });
  },
);

/** A pattern for the PUT secret route of one target's scope. */
function secretRoute(t: TargetRef): RegExp {
  switch (t.kind) {
    case 'environment':
      return /^PUT \/repos\/\{owner\}\/\{repo\}\/environments\/\{environment_name\}\/secrets\/\{secret_name\}$/;
    case 'organization':
      return /^PUT \/orgs\/\{org\}\/actions\/secrets\/\{secret_name\}$/;
    default:
      return /^PUT \/repos\/\{owner\}\/\{repo\}\/actions\/secrets\/\{secret_name\}$/;
  }
}
