import { existsSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  expectNoValueShown,
  expectNotShown,
  expectValidRequests,
  planted,
  secretPuts,
  skipReason,
  startServers,
  syncJobFor,
  variableWrites,
  type Servers,
} from './sync-fixtures.js';
import { syncBundle } from './sync-runner.js';

const repo = { kind: 'repository', owner: 'acme', repo: 'web' } as const;
const staging = { ...repo, kind: 'environment', environment: 'staging' } as const;
const production = { ...repo, kind: 'environment', environment: 'production' } as const;
const org = { kind: 'organization', org: 'acme' } as const;
const targets = [repo, staging, production, org];

/** Seeds the README's three AWS secrets (one JSON, one multi-line) and returns their values. */
function seed(servers: Servers) {
  const values = {
    API_KEY: planted('api'),
    DEPLOY_KEY: `${planted('line1')}\n${planted('line2')}\n`,
    USERNAME: planted('user'),
    PASSWORD: planted('pw'),
  };
  servers.aws.put({ name: 'prod/api-key', string: values.API_KEY });
  servers.aws.put({ name: 'prod/deploy', string: values.DEPLOY_KEY });
  servers.aws.put({
    name: 'prod/db',
    string: JSON.stringify({ username: values.USERNAME, password: values.PASSWORD }),
  });
  return values;
}

const readmeInputs = (servers: Servers) => ({
  'github-token': servers.github.token,
  'secret-ids': 'prod/api-key\nDEPLOY_KEY,prod/deploy\n,prod/db',
  'parse-json-secrets': 'true',
  'strip-prefix': 'prod/',
  repositories: 'acme/web',
  environments: 'staging\nproduction',
  'create-environments': 'true',
  org: 'acme',
  'report-file': 'REPORT',
});

describe.skipIf(skipReason !== undefined)(
  'the bundled sync Action, run like the runner runs it',
  () => {
    let servers: Servers;
    beforeAll(() => {
      if (!existsSync(syncBundle))
        throw new Error('dist/action/sync is missing: run `npm run build`');
    });
    beforeEach(async () => {
      servers = await startServers();
    });
    afterEach(async () => {
      await servers.aws.close();
      await servers.github.close();
    });

    it("syncs the README's example: exact plaintext in every target, then a re-run writes nothing", async () => {
      const values = seed(servers);
      const job = await syncJobFor(servers);
      const first = await job.run(readmeInputs(servers));

      expect(first.exitCode, first.output).toBe(0);
      expectValidRequests(servers.github);
      for (const target of targets) {
        expect(servers.github.secretNames(target)).toEqual(Object.keys(values).sort());
        for (const [name, value] of Object.entries(values))
          expect(servers.github.secret(target, name)?.value, `${name} in ${target.kind}`).toBe(
            value,
          );
      }
      expect(servers.github.environments('acme/web')).toEqual(['production', 'staging']);
      expect(first.outputs).toMatchObject({ created: '16', updated: '0', failed: '0' });
      expect(first.summary).toContain('API_KEY');
      expectNoValueShown(first, Object.values(values));
      // The manifest names what was written and holds nothing derived from a value.
      const manifest = servers.github.variable(repo, 'SECRETS_ACTION_MANIFEST')?.value ?? '';
      expect(Object.keys(JSON.parse(manifest).secrets).sort()).toEqual(Object.keys(values).sort());

      servers.github.resetCalls();
      const second = await job.run(readmeInputs(servers));
      expect(second.exitCode, second.output).toBe(0);
      expect(secretPuts(servers.github)).toEqual([]);
      expect(variableWrites(servers.github)).toEqual([]);
      expect(second.outputs).toMatchObject({ created: '0', updated: '0', unchanged: '16' });
      expectNoValueShown(second, Object.values(values));

      // A new version in AWS rewrites that secret, in every target, and nothing else.
      const rotated = planted('rotated');
      servers.aws.put({ name: 'prod/api-key', string: rotated });
      servers.github.resetCalls();
      const third = await job.run(readmeInputs(servers));
      expect(third.exitCode, third.output).toBe(0);
      expect(secretPuts(servers.github)).toHaveLength(4);
      for (const target of targets)
        expect(servers.github.secret(target, 'API_KEY')?.value).toBe(rotated);
      expect(third.outputs).toMatchObject({ updated: '4', unchanged: '12' });
      const { API_KEY: old, ...kept } = values;
      expectNoValueShown(third, [rotated, ...Object.values(kept)]);
      expectNotShown(third, [old]);
    });

    it('prunes only the secrets it manages', async () => {
      const values = seed(servers);
      servers.github.setSecret(repo, 'HAND_MADE', planted('manual'));
      const job = await syncJobFor(servers);
      const inputs = { ...readmeInputs(servers), environments: '', org: '', prune: 'true' };
      expect((await job.run(inputs)).exitCode).toBe(0);

      const pruned = await job.run({ ...inputs, 'secret-ids': 'prod/api-key' });
      expect(pruned.exitCode, pruned.output).toBe(0);
      expect(servers.github.secretNames(repo)).toEqual(['API_KEY', 'HAND_MADE']);
      expect(pruned.outputs).toMatchObject({ deleted: '3', unchanged: '1' });
      const report = pruned.report as { items: { name: string; outcome: string }[] };
      expect(
        report.items
          .filter((i) => i.outcome === 'deleted')
          .map((i) => i.name)
          .sort(),
      ).toEqual(['DEPLOY_KEY', 'PASSWORD', 'USERNAME']);
      expectNoValueShown(pruned, [values.API_KEY]);
      expectNotShown(pruned, Object.values(values));
    });

    it('keeps the access settings of existing org secrets and applies org-visibility to new ones', async () => {
      const values = seed(servers);
      servers.github.setSecret(org, 'API_KEY', planted('old'), {
        visibility: 'selected',
        selectedRepositories: ['api'],
      });
      const apiId = servers.github.addRepo('acme/api');
      const job = await syncJobFor(servers);
      const step = await job.run({
        'github-token': servers.github.token,
        'secret-ids': 'prod/api-key\nDEPLOY_KEY,prod/deploy',
        'strip-prefix': 'prod/',
        org: 'acme',
        'org-visibility': 'all',
      });
      expect(step.exitCode, step.output).toBe(0);
      expectValidRequests(servers.github);
      expect(servers.github.secret(org, 'API_KEY')).toMatchObject({
        value: values.API_KEY,
        visibility: 'selected',
        selectedRepositoryIds: [apiId],
      });
      expect(servers.github.secret(org, 'DEPLOY_KEY')).toMatchObject({
        value: values.DEPLOY_KEY,
        visibility: 'all',
      });
      expect(servers.github.secretNames(repo)).toEqual([]);
    });

    it('writes Dependabot secrets with their own keys, and a dry run writes nothing', async () => {
      const values = seed(servers);
      const job = await syncJobFor(servers);
      const inputs = {
        'github-token': servers.github.token,
        'secret-ids': 'prod/api-key',
        'strip-prefix': 'prod/',
        dependabot: 'true',
        org: 'acme',
        repositories: 'acme/web',
      };
      const dry = await job.run({ ...inputs, 'dry-run': 'true' });
      expect(dry.exitCode, dry.output).toBe(0);
      expect(servers.github.writes()).toEqual([]);
      expect(dry.outputs).toMatchObject({ created: '4', failed: '0' });
      expect(dry.output).toContain('dry run');

      const real = await job.run(inputs);
      expect(real.exitCode, real.output).toBe(0);
      for (const kind of ['dependabot-repository', 'repository'] as const)
        expect(servers.github.secret({ ...repo, kind }, 'API_KEY')?.value).toBe(values.API_KEY);
      for (const kind of ['dependabot-organization', 'organization'] as const)
        expect(servers.github.secret({ org: 'acme', kind }, 'API_KEY')?.value).toBe(values.API_KEY);
      expect(servers.github.variable(repo, 'SECRETS_ACTION_MANIFEST_DEPENDABOT')).toBeDefined();
      expectValidRequests(servers.github);
      expectNoValueShown(real, [values.API_KEY]);
    });

    it('reaches GitHub Enterprise Server through github-api-url', async () => {
      await servers.github.close();
      await servers.aws.close();
      servers = await startServers('/api/v3');
      const values = seed(servers);
      const job = await syncJobFor(servers);
      const step = await job.run({
        'github-token': servers.github.token,
        'github-api-url': servers.github.url,
        'secret-ids': 'prod/api-key',
        'strip-prefix': 'prod/',
      });
      expect(servers.github.url).toMatch(/\/api\/v3$/);
      expect(step.exitCode, step.output).toBe(0);
      expect(servers.github.secret(repo, 'API_KEY')?.value).toBe(values.API_KEY);
      expectValidRequests(servers.github);
    });
  },
);
