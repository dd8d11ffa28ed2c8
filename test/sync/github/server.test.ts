import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealForGitHub, type TargetRef } from '../../../src/sync/github/index.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { plantedValue, seededServer, skipReason, targetsFor } from './fixture.js';

const repo: TargetRef = { kind: 'repository', owner: 'acme', repo: 'app' };
const env: TargetRef = {
  kind: 'environment',
  owner: 'acme',
  repo: 'app',
  environment: 'production',
};
const org: TargetRef = { kind: 'organization', org: 'acme', visibility: 'all' };

/** The status a raw request answers, thrown or not. */
async function statusOf(promise: Promise<{ status: number }>): Promise<number> {
  try {
    return (await promise).status;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe.skipIf(skipReason !== undefined)(
  `the local GitHub API server${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: GitHubApiServer;
    let octokit: Octokit;
    beforeEach(async () => {
      server = await seededServer();
      octokit = new Octokit({ auth: server.token, baseUrl: server.url, log: silent });
    });
    afterEach(async () => {
      await server.close();
    });
    const params = { owner: 'acme', repo: 'app', secret_name: 'KEY' };

    it('routes by the OpenAPI description and 404s an unknown route', async () => {
      expect(
        await statusOf(octokit.request('GET /repos/{owner}/{repo}/actions/sekrets', params)),
      ).toBe(404);
      expect(server.problems).toEqual(['no route: GET /repos/acme/app/actions/sekrets']);
    });

    it('refuses a body that breaks the schema with 422, and records it', async () => {
      const key_id = server.publicKey(repo).keyId;
      const urlSafe = '-_-_'.repeat(20);
      const status = await statusOf(
        octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
          ...params,
          key_id,
          encrypted_value: urlSafe,
        }),
      );
      expect(status).toBe(422);
      expect(server.problems[0]).toMatch(/encrypted_value must match pattern/);
      const missing = await statusOf(
        octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
          ...params,
          key_id,
        } as never),
      );
      expect(missing).toBe(422);
      expect(server.problems[1]).toMatch(/must have required property 'encrypted_value'/);
      expect(
        await statusOf(
          octokit.request('GET /repos/{owner}/{repo}/actions/secrets', {
            ...params,
            per_page: 'many',
          } as never),
        ),
      ).toBe(422);
    });

    it('rejects a value sealed with another scope key, or sent with the wrong key_id', async () => {
      const envKey = server.publicKey(env);
      const repoKey = server.publicKey(repo);
      const put = (key_id: string, encrypted_value: string) =>
        statusOf(
          octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
            ...params,
            key_id,
            encrypted_value,
          }),
        );
      expect(await put(repoKey.keyId, await sealForGitHub(envKey.key, 'v'))).toBe(422);
      expect(await put(envKey.keyId, await sealForGitHub(repoKey.key, 'v'))).toBe(422);
      expect(await put(repoKey.keyId, await sealForGitHub(repoKey.key, 'v'))).toBe(201);
      expect(await put(repoKey.keyId, await sealForGitHub(repoKey.key, 'w'))).toBe(204);
      expect(server.secret(repo, 'KEY')?.value).toBe('w');
    });

    it('keeps every scope key distinct', () => {
      const scopes: TargetRef[] = [
        repo,
        env,
        org,
        { kind: 'dependabot-repository', owner: 'acme', repo: 'app' },
        { kind: 'dependabot-organization', org: 'acme', visibility: 'all' },
      ];
      const keys = scopes.map((s) => server.publicKey(s));
      expect(new Set(keys.map((k) => k.key)).size).toBe(5);
      expect(new Set(keys.map((k) => k.keyId)).size).toBe(5);
    });

    it('applies GitHub name rules and stores names upper-case', async () => {
      const { key, keyId } = server.publicKey(repo);
      const put = async (secret_name: string) =>
        statusOf(
          octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
            ...params,
            secret_name,
            key_id: keyId,
            encrypted_value: await sealForGitHub(key, 'v'),
          }),
        );
      expect(await put('GITHUB_TOKEN_X')).toBe(422);
      expect(await put('1ABC')).toBe(422);
      expect(await put('lower_case')).toBe(201);
      expect(server.secretNames(repo)).toEqual(['LOWER_CASE']);
    });

    it('enforces the 100-secret repository limit and the 48 KB value limit', async () => {
      for (let i = 0; i < 100; i++) server.setSecret(repo, `S${i}`, 'x');
      const github = targetsFor(server);
      await expect(github.putSecret(repo, 'ONE_MORE', 'v')).rejects.toMatchObject({ status: 422 });
      await expect(github.putSecret(repo, 'S1', 'x'.repeat(48 * 1024 + 1))).rejects.toMatchObject({
        status: 422,
      });
      expect(await github.putSecret(repo, 'S1', 'x'.repeat(48 * 1024))).toBe('updated');
    });

    it('refuses selected repositories without selected visibility', async () => {
      const { key, keyId } = server.publicKey(org);
      const status = await statusOf(
        octokit.request('PUT /orgs/{org}/actions/secrets/{secret_name}', {
          org: 'acme',
          secret_name: 'KEY',
          key_id: keyId,
          encrypted_value: await sealForGitHub(key, 'v'),
          visibility: 'all',
          selected_repository_ids: [1],
        }),
      );
      expect(status).toBe(422);
    });

    it('pages lists with total_count and Link headers', async () => {
      for (let i = 0; i < 5; i++) server.setSecret(repo, `S${i}`, 'x');
      const first = await octokit.request('GET /repos/{owner}/{repo}/actions/secrets', {
        ...params,
        per_page: 2,
      });
      expect(first.data.total_count).toBe(5);
      expect(first.data.secrets.map((s) => s.name)).toEqual(['S0', 'S1']);
      expect(first.headers.link).toContain('rel="next"');
      const pages = await octokit.paginate('GET /repos/{owner}/{repo}/actions/secrets', {
        ...params,
        per_page: 2,
      });
      expect(pages).toHaveLength(5);
      expect(server.problems).toEqual([]);
    });

    it('answers 401 to a wrong token', async () => {
      const stranger = new Octokit({
        auth: plantedValue('token'),
        baseUrl: server.url,
        log: silent,
      });
      expect(
        await statusOf(stranger.request('GET /repos/{owner}/{repo}/actions/secrets', params)),
      ).toBe(401);
    });

    it('serves GitHub Enterprise Server style under /api/v3', async () => {
      const ghes = await startGitHubApiServer({ pathPrefix: '/api/v3' });
      try {
        ghes.addRepo('acme/app');
        expect(ghes.url).toMatch(/\/api\/v3$/);
        const value = plantedValue();
        await targetsFor(ghes).putSecret(repo, 'KEY', value);
        expect(ghes.secret(repo, 'KEY')?.value).toBe(value);
        expect(ghes.problems).toEqual([]);
      } finally {
        await ghes.close();
      }
    });
  },
);

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
