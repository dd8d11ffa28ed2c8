import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GITHUB_API_VERSION,
  MANIFEST_VARIABLE,
  MANIFEST_VARIABLE_DEPENDABOT,
  parseManifest,
  targetLabel,
  type GitHubTargets,
  type TargetRef,
} from '../../../src/sync/github/index.js';
import type { GitHubApiServer } from '../../helpers/github-api-server.js';
import { plantedValue, seededServer, skipReason, targetsFor } from './fixture.js';

const repo: TargetRef = { kind: 'repository', owner: 'acme', repo: 'app' };
const env: TargetRef = {
  kind: 'environment',
  owner: 'acme',
  repo: 'app',
  environment: 'production',
};
const org: TargetRef = { kind: 'organization', org: 'acme', visibility: 'private' };
const dependabotRepo: TargetRef = { kind: 'dependabot-repository', owner: 'acme', repo: 'app' };
const dependabotOrg: TargetRef = {
  kind: 'dependabot-organization',
  org: 'acme',
  visibility: 'selected',
  selectedRepositories: ['web'],
};
const all = [repo, env, org, dependabotRepo, dependabotOrg];

describe.skipIf(skipReason !== undefined)(
  `GitHubTargets against the local GitHub API server${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: GitHubApiServer;
    let github: GitHubTargets;
    beforeEach(async () => {
      server = await seededServer();
      github = targetsFor(server);
    });
    afterEach(async () => {
      expect(server.problems).toEqual([]);
      await server.close();
    });

    it('writes the exact plaintext into every target kind, sealed with that target key', async () => {
      const values = new Map(all.map((t) => [t, plantedValue(t.kind)]));
      for (const [t, value] of values)
        expect(await github.putSecret(t, 'DB_PASSWORD', value)).toBe('created');
      for (const [t, value] of values) expect(server.secret(t, 'DB_PASSWORD')?.value).toBe(value);
      // One public-key fetch per target, whatever the number of secrets.
      for (const t of all) await github.putSecret(t, 'SECOND', plantedValue());
      const keyFetches = Object.entries(server.calls).filter(([k]) => k.endsWith('/public-key'));
      expect(keyFetches.map(([, n]) => n)).toEqual([1, 1, 1, 1, 1]);
    });

    it('answers created, then updated, and lists every page', async () => {
      expect(await github.putSecret(repo, 'TOKEN', plantedValue())).toBe('created');
      const second = plantedValue();
      expect(await github.putSecret(repo, 'TOKEN', second)).toBe('updated');
      expect(server.secret(repo, 'TOKEN')?.value).toBe(second);
      for (let i = 0; i < 99; i++) server.setSecret(repo, `S_${String(i).padStart(3, '0')}`, 'x');
      server.setSecret(repo, 'OVERFLOW', 'x');
      const listed = await github.listSecrets(repo);
      expect(listed).toHaveLength(101);
      expect(listed.every((s) => typeof s.updatedAt === 'string')).toBe(true);
      expect(server.calls['GET /repos/{owner}/{repo}/actions/secrets']).toBe(2);
    });

    it('uses environment routes with the name URL-encoded', async () => {
      server.addEnvironment('acme/app', 'eu/prod west');
      const t: TargetRef = { ...env, environment: 'eu/prod west' };
      const value = plantedValue();
      await github.putSecret(t, 'API_KEY', value);
      expect(server.secret(t, 'API_KEY')?.value).toBe(value);
      expect(server.requests.map((r) => r.path)).toContain(
        '/repos/acme/app/environments/eu%2Fprod%20west/secrets/API_KEY',
      );
    });

    it('deletes a secret and treats one already gone as deleted', async () => {
      server.setSecret(repo, 'OLD', 'x');
      await github.deleteSecret(repo, 'OLD');
      await github.deleteSecret(repo, 'OLD');
      expect(server.secretNames(repo)).toEqual([]);
    });

    it('keeps an existing org secret visibility and selected repositories on update', async () => {
      server.setSecret(org, 'SHARED', 'old', {
        visibility: 'selected',
        selectedRepositories: ['app', 'web'],
      });
      server.setSecret(org, 'OPEN', 'old', { visibility: 'all' });
      const before = server.secret(org, 'SHARED')?.selectedRepositoryIds;
      await github.listSecrets(org);
      const value = plantedValue();
      expect(await github.putSecret(org, 'SHARED', value)).toBe('updated');
      expect(await github.putSecret(org, 'OPEN', value)).toBe('updated');
      expect(server.secret(org, 'SHARED')).toMatchObject({
        value,
        visibility: 'selected',
        selectedRepositoryIds: before,
      });
      expect(server.secret(org, 'OPEN')).toMatchObject({ value, visibility: 'all' });
      // Without a prior list the adapter asks for the secret itself.
      const fresh = targetsFor(server);
      await fresh.putSecret(org, 'SHARED', value);
      expect(server.secret(org, 'SHARED')?.visibility).toBe('selected');
      expect(server.calls['GET /orgs/{org}/actions/secrets/{secret_name}']).toBe(1);
    });

    it("gives a new org secret the target's settings, resolving repository names to ids", async () => {
      const webId = server.addRepo('acme/web');
      await github.putSecret(dependabotOrg, 'NPM_TOKEN', plantedValue());
      expect(server.secret(dependabotOrg, 'NPM_TOKEN')).toMatchObject({
        visibility: 'selected',
        selectedRepositoryIds: [webId],
      });
      await github.putSecret(org, 'PRIVATE_ONE', plantedValue());
      expect(server.secret(org, 'PRIVATE_ONE')?.visibility).toBe('private');
      await github.putSecret(
        { ...org, visibility: 'selected', selectedRepositories: ['acme/web'] },
        'SEL',
        'v',
      );
      expect(server.secret(org, 'SEL')?.selectedRepositoryIds).toEqual([webId]);
      expect(server.calls['GET /repos/{owner}/{repo}']).toBe(1);
    });

    it('stores the manifest in a variable of the same scope, creating then updating it', async () => {
      for (const t of all) expect(await github.readManifest(t)).toBeUndefined();
      for (const t of all) await github.writeManifest(t, { v: 1, secrets: { A: 'f1' } });
      for (const t of all) await github.writeManifest(t, { v: 1, secrets: { A: 'f2', B: 'f3' } });
      const again = targetsFor(server);
      for (const t of all)
        expect(await again.readManifest(t)).toEqual({ v: 1, secrets: { A: 'f2', B: 'f3' } });
      expect(server.variable(repo, MANIFEST_VARIABLE)).toBeDefined();
      // Dependabot has no variables: its manifest lives beside the Actions one.
      expect(server.variable(repo, MANIFEST_VARIABLE_DEPENDABOT)).toBeDefined();
      expect(server.variable(org, MANIFEST_VARIABLE_DEPENDABOT)).toBeDefined();
      expect(server.variable(org, MANIFEST_VARIABLE)).toMatchObject({ visibility: 'selected' });
      expect(server.variable(env, MANIFEST_VARIABLE)).toBeDefined();
    });

    it('reads a damaged manifest as none, and recovers when it vanished or appeared meanwhile', async () => {
      server.setVariable(repo, MANIFEST_VARIABLE, '{"v":2}');
      expect(await github.readManifest(repo)).toBeUndefined();
      server.setVariable(env, MANIFEST_VARIABLE, 'not json');
      expect(await github.readManifest(env)).toBeUndefined();
      // An array of fingerprints is no manifest: its indexes would pass for secret names.
      for (const text of ['{"v":1,"secrets":["f1"]}', 'null', '{"v":1,"secrets":{"A":1}}'])
        expect(parseManifest(text), text).toBeUndefined();
      // Known to exist, then deleted by someone: PATCH 404 falls back to POST.
      server.deleteVariable(repo, MANIFEST_VARIABLE);
      await github.writeManifest(repo, { v: 1, secrets: {} });
      expect(server.variable(repo, MANIFEST_VARIABLE)?.value).toBe('{"v":1,"secrets":{}}');
      // Not there when read, created by someone since: POST 409 falls back to PATCH.
      const web: TargetRef = { kind: 'repository', owner: 'acme', repo: 'web' };
      expect(await github.readManifest(web)).toBeUndefined();
      server.setVariable(web, MANIFEST_VARIABLE, '{}');
      await github.writeManifest(web, { v: 1, secrets: { X: 'y' } });
      expect(await github.readManifest(web)).toEqual({ v: 1, secrets: { X: 'y' } });
    });

    it("refuses a manifest over GitHub's 48 KB variable limit before writing", async () => {
      const secrets = Object.fromEntries(
        Array.from({ length: 600 }, (_, i) => [`SECRET_NUMBER_${i}`, 'f'.repeat(64)]),
      );
      await expect(github.writeManifest(org, { v: 1, secrets })).rejects.toMatchObject({
        status: 0,
        target: 'org acme',
        message: expect.stringMatching(/48 KB variable limit \(600 secrets\)/),
      });
      expect(server.writes()).toEqual([]);
    });

    it('creates a missing environment once', async () => {
      expect(await github.ensureEnvironment('acme', 'app', 'staging')).toBe('created');
      expect(await github.ensureEnvironment('acme', 'app', 'staging')).toBe('exists');
      expect(server.environments('acme/app')).toEqual(['production', 'staging']);
    });

    it('counts calls per route template', async () => {
      await github.putSecret(repo, 'A', 'v');
      await github.putSecret(repo, 'B', 'v');
      expect(github.calls()).toEqual({
        'GET /repos/{owner}/{repo}/actions/secrets/public-key': 1,
        'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}': 2,
      });
    });

    it('pins the REST API version on every request', async () => {
      await github.putSecret(repo, 'A', 'v');
      await github.listSecrets(org);
      expect(new Set(server.requests.map((r) => r.apiVersion))).toEqual(
        new Set([GITHUB_API_VERSION]),
      );
    });

    it('labels targets for reports', () => {
      expect(all.map(targetLabel)).toEqual([
        'acme/app',
        'acme/app (environment production)',
        'org acme',
        'acme/app (dependabot)',
        'org acme (dependabot)',
      ]);
    });
  },
);
