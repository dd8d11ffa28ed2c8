import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  type GitHubTargets,
  type TargetRef,
} from '../../../src/sync/github/index.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { plantedValue, seededServer, skipReason, targetsFor } from './fixture.js';

const repo: TargetRef = { kind: 'repository', owner: 'acme', repo: 'app' };
const org: TargetRef = { kind: 'organization', org: 'acme', visibility: 'all' };
const put = { method: 'PUT', route: /\/secrets\/\{secret_name\}$/ };
const putKey = 'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}';

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubApiError);
    return error as GitHubApiError;
  }
  throw new Error('expected a failure');
}

describe.skipIf(skipReason !== undefined)(
  `GitHub faults through the real Octokit plugins${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: GitHubApiServer;
    let github: GitHubTargets;
    let log: string[];
    beforeEach(async () => {
      server = await seededServer();
      log = [];
      github = targetsFor(server, { log: (m) => log.push(m) });
    });
    afterEach(async () => {
      expect(server.problems).toEqual([]);
      await server.close();
    });

    it.each([
      [
        '429 secondary limit with retry-after',
        { kind: 'secondary-rate-limit', status: 429, retryAfter: 2 },
      ],
      [
        '403 secondary limit with retry-after',
        { kind: 'secondary-rate-limit', status: 403, retryAfter: 1 },
      ],
      ['403 secondary limit without retry-after', { kind: 'secondary-rate-limit', status: 403 }],
      [
        '429 primary limit until x-ratelimit-reset',
        { kind: 'rate-limit', status: 429, resetAfter: 1 },
      ],
      [
        '403 primary limit until x-ratelimit-reset',
        { kind: 'rate-limit', status: 403, resetAfter: 1 },
      ],
      ['502', { kind: 'server-error' }],
      ['connection reset', { kind: 'connection-reset' }],
    ] as const)('retries a write after a %s and lands the value', async (_name, fault) => {
      server.faults.next(2, fault, put);
      const value = plantedValue();
      expect(await github.putSecret(repo, 'KEY', value)).toBe('created');
      expect(server.secret(repo, 'KEY')?.value).toBe(value);
      expect(server.calls[putKey]).toBe(3);
      expect(server.faults.pending()).toBe(0);
      // The adapter counts the logical call once.
      expect(github.calls()[putKey]).toBe(1);
    });

    it('waits as long as retry-after says', async () => {
      const slow = targetsFor(server, { retryBaseMs: 25 });
      server.faults.next(1, { kind: 'secondary-rate-limit', status: 429, retryAfter: 4 }, put);
      const started = Date.now();
      await slow.putSecret(repo, 'KEY', 'v');
      expect(Date.now() - started).toBeGreaterThanOrEqual(100);
      const [first, second] = server.requests.filter((r) => r.method === 'PUT');
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(95);
    });

    it('gives up after a bounded number of retries with a one-line error', async () => {
      server.faults.next(10, { kind: 'server-error', status: 502 }, put);
      const error = await failure(github.putSecret(repo, 'KEY', plantedValue()));
      expect(error).toMatchObject({
        status: 502,
        target: 'acme/app',
        operation: 'write secret KEY',
      });
      expect(error.message).toMatch(/after retries.*re-run/);
      expect(server.calls[putKey]).toBe(4);
      server.faults.clear();
      server.faults.next(10, { kind: 'secondary-rate-limit', status: 429, retryAfter: 1 }, put);
      const limited = await failure(github.putSecret(repo, 'KEY', plantedValue()));
      expect(limited.status).toBe(429);
      expect(limited.message).toMatch(/rate limit/);
      expect(server.calls[putKey]).toBe(8);
    });

    it('does not wait longer than maxWaitSeconds', async () => {
      const impatient = targetsFor(server, { maxWaitSeconds: 30 });
      server.faults.next(1, { kind: 'secondary-rate-limit', status: 403, retryAfter: 3600 }, put);
      const error = await failure(impatient.putSecret(repo, 'KEY', 'v'));
      expect(error.status).toBe(403);
      expect(server.calls[putKey]).toBe(1);
    });

    it('names the permission on a 403 and never repeats the response body', async () => {
      const marker = plantedValue('body');
      server.faults.always(
        { kind: 'status', status: 403, message: `denied ${marker}` },
        { route: /\/orgs\// },
      );
      const error = await failure(github.putSecret(org, 'KEY', plantedValue()));
      expect(error.status).toBe(403);
      expect(error.target).toBe('org acme');
      expect(error.message).toContain('organization permission "Secrets: read and write"');
      expect(error.message).toContain('admin:org');
      expect(error.message).not.toContain(marker);
      expect(error.message.split('\n')).toHaveLength(1);
      expect(server.calls['GET /orgs/{org}/actions/secrets/public-key']).toBe(1);
    });

    it('keeps planted values out of errors and logs', async () => {
      const value = plantedValue();
      server.faults.next(10, { kind: 'server-error' }, put);
      const error = await failure(github.putSecret(repo, 'KEY', value));
      server.faults.clear();
      server.faults.next(1, { kind: 'secondary-rate-limit', retryAfter: 1 }, put);
      await github.putSecret(repo, 'KEY', value);
      const everything = JSON.stringify({ message: error.message, stack: error.stack, log });
      expect(everything).not.toContain(value);
      expect(log.join('\n')).toMatch(/secondary rate limit.*retrying/);
    });

    it('explains a missing environment and a bad token', async () => {
      const env: TargetRef = { kind: 'environment', owner: 'acme', repo: 'app', environment: 'qa' };
      const missing = await failure(github.putSecret(env, 'KEY', 'v'));
      expect(missing.status).toBe(404);
      expect(missing.message).toContain('create-environments: true');
      const wrong = targetsFor(server, { token: `wrong_${plantedValue()}` });
      const denied = await failure(wrong.listSecrets(repo));
      expect(denied.status).toBe(401);
      expect(denied.message).toContain('github-token');
    });

    it('rides out an emulated secondary write limit by honouring retry-after', async () => {
      const limited = await startGitHubApiServer({
        writeLimit: { writes: 3, windowMs: 200, retryAfter: 1 },
      });
      try {
        limited.addRepo('acme/app');
        const client = targetsFor(limited, { retryBaseMs: 200, maxRetries: 5 });
        const values = Array.from({ length: 8 }, () => plantedValue());
        for (const [i, value] of values.entries()) await client.putSecret(repo, `S${i}`, value);
        for (const [i, value] of values.entries())
          expect(limited.secret(repo, `S${i}`)?.value).toBe(value);
        expect(limited.requests.filter((r) => r.status === 403).length).toBeGreaterThan(0);
        expect(limited.problems).toEqual([]);
      } finally {
        await limited.close();
      }
    });

    it('abandons a hung attempt after timeoutMs and retries it', async () => {
      const quick = targetsFor(server, { timeoutMs: 100 });
      server.faults.next(1, { kind: 'delay', ms: 400 }, put);
      const value = plantedValue();
      expect(await quick.putSecret(repo, 'KEY', value)).toBe('created');
      expect(server.secret(repo, 'KEY')?.value).toBe(value);
    });

    it('fetches the public key again after a failed fetch', async () => {
      server.faults.next(1, { kind: 'status', status: 403 }, { route: /public-key/ });
      await failure(github.putSecret(repo, 'A', 'v'));
      expect(await github.putSecret(repo, 'A', 'v')).toBe('created');
      expect(server.calls['GET /repos/{owner}/{repo}/actions/secrets/public-key']).toBe(2);
    });
  },
);
