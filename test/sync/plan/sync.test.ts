import { describe, expect, it } from 'vitest';
import type { TargetRef } from '../../../src/sync/github/types.js';
import {
  applyPlan,
  fromInputs,
  parseSyncConfig,
  planSync,
  readTargetStates,
  resolveDesired,
  SyncConfigError,
  toJsonReport,
  formatMarkdownSummary,
  formatTable,
  formatPlanText,
  failureMessage,
  type SyncSpec,
} from '../../../src/sync/plan/index.js';
import type { FetchedSecret } from '../../../src/sync/types.js';
import { FakeTargets, fetched, planted } from './fake-targets.js';

const repo: TargetRef = { kind: 'repository', owner: 'acme', repo: 'api' };
const env: TargetRef = { kind: 'environment', owner: 'acme', repo: 'api', environment: 'prod' };
const org: TargetRef = { kind: 'organization', org: 'acme', visibility: 'private' };

function spec(secretIds: string, parseJson = false): SyncSpec {
  return fromInputs({
    secretIds,
    parseJson,
    nameTransformation: 'uppercase',
    repositories: ['acme/api'],
    environments: ['prod'],
    createEnvironments: true,
    org: 'acme',
    orgVisibility: 'private',
    orgSelectedRepositories: [],
    dependabot: false,
  });
}

async function run(
  s: SyncSpec,
  secrets: FetchedSecret[],
  github: FakeTargets,
  options: { prune?: boolean; dryRun?: boolean } = {},
) {
  const desired = resolveDesired(s, secrets);
  const states = await readTargetStates(s, github, { dryRun: options.dryRun ?? false });
  const plan = planSync(desired, states, { prune: options.prune ?? false });
  const result = await applyPlan(plan, github, { dryRun: options.dryRun ?? false, spacingMs: 0 });
  return { plan, result };
}

function outputsOf(r: Awaited<ReturnType<typeof run>>): string {
  return [
    JSON.stringify(r.plan),
    JSON.stringify(r.result),
    JSON.stringify(toJsonReport(r.result)),
    formatMarkdownSummary(r.result),
    formatTable(r.result),
    formatPlanText(r.plan),
    failureMessage(r.result) ?? '',
  ].join('\n');
}

describe('plan and apply', () => {
  it('writes every target, then an unchanged re-run writes nothing', async () => {
    const db = planted('db');
    const leaf = planted('leaf');
    const secrets = [
      fetched('prod/db', db),
      fetched('prod/app', JSON.stringify({ api: { key: leaf } })),
    ];
    const s = spec('prod/db\nprod/app', true);
    const github = new FakeTargets();
    const first = await run(s, secrets, github);
    expect(first.result.counts).toMatchObject({ created: 6, failed: 0 });
    for (const t of [repo, env, org]) {
      expect(Object.fromEntries(github.scope(t))).toEqual({ PROD_DB: db, PROD_APP_API_KEY: leaf });
    }
    expect(github.environments.has('acme/api/prod')).toBe(true);
    const writes = github.calls();
    expect(writes.put).toBe(6);
    expect(writes.writeManifest).toBe(3);

    const second = await run(s, secrets, github);
    expect(second.result.counts).toMatchObject({ unchanged: 6, created: 0, updated: 0 });
    expect(github.calls().put).toBe(6);
    expect(github.calls().writeManifest).toBe(3);
    expect(outputsOf(first) + outputsOf(second)).not.toMatch(new RegExp(`${db}|${leaf}`));
  });

  it('rewrites only what changed in AWS, adopts unmanaged names, and prunes only managed ones', async () => {
    const github = new FakeTargets();
    const s = spec('prod/a\nprod/b');
    await run(s, [fetched('prod/a', planted()), fetched('prod/b', planted())], github);
    const foreign = planted('foreign');
    github.seed(repo, { HAND_MADE: foreign });
    const next = planted('next');
    const r = await run(s, [fetched('prod/a', next), ...[]], github, { prune: true });
    const repoItems = r.result.items.filter((i) => i.target.kind === 'repository');
    expect(repoItems.map((i) => [i.name, i.action, i.outcome])).toEqual([
      ['PROD_A', 'update', 'updated'],
      ['PROD_B', 'delete', 'deleted'],
    ]);
    expect(Object.fromEntries(github.scope(repo))).toEqual({ PROD_A: next, HAND_MADE: foreign });
    expect(Object.keys(github.manifests.get('acme/api')?.secrets ?? {})).toEqual(['PROD_A']);
  });

  it('attempts every item, fails per item, records only successes, and a re-run converges', async () => {
    const github = new FakeTargets();
    const s = spec('prod/a\nprod/b');
    const values = [planted('a'), planted('b')];
    const secrets = [fetched('prod/a', values[0] ?? ''), fetched('prod/b', values[1] ?? '')];
    github.fail('put', { name: 'PROD_A', times: 2 });
    github.fail('list', { times: 1 }); // the first target read (the repository) fails
    const first = await run(s, secrets, github);
    expect(first.result.counts).toMatchObject({ failed: 4, created: 2 });
    expect(failureMessage(first.result)).toMatch(/^4 of 6 secrets could not be synced/);
    expect(github.manifests.get('org acme')?.secrets).toHaveProperty('PROD_B');
    expect(github.manifests.get('org acme')?.secrets).not.toHaveProperty('PROD_A');
    expect(github.manifests.has('acme/api')).toBe(false);

    const second = await run(s, secrets, github);
    expect(second.result.counts).toMatchObject({ failed: 0, created: 4, unchanged: 2 });
    const third = await run(s, secrets, github);
    expect(third.result.counts).toMatchObject({ unchanged: 6 });
    expect(outputsOf(first) + outputsOf(second)).not.toMatch(new RegExp(values.join('|')));
  });

  it('plans without writing in a dry run, and never creates environments', async () => {
    const github = new FakeTargets();
    github.fail('list', { target: 'acme/api (environment prod)', status: 404 });
    const r = await run(spec('prod/a'), [fetched('prod/a', planted())], github, { dryRun: true });
    expect(r.result.counts).toMatchObject({ planned: 3, failed: 0 });
    expect(github.calls()).not.toHaveProperty('put');
    expect(github.calls()).not.toHaveProperty('writeManifest');
    expect(github.calls()).not.toHaveProperty('ensureEnvironment');
    expect(formatMarkdownSummary(r.result)).toContain('dry run: nothing written');
  });

  it('refuses invalid, oversized and colliding names before any write', () => {
    const s: SyncSpec = parseSyncConfig(
      `
targets: { api: { repository: acme/api } }
secrets:
  - { aws: prod/a, name: GITHUB_TOKEN, to: api }
  - { aws: prod/big, to: api }
  - { aws: prod/x, name: same, to: api }
  - { aws: prod/y, name: SAME, to: api }
  - { aws: prod/j, key: missing, to: api }
`,
      'sync.yml',
    );
    const big = 'x'.repeat(48 * 1024 + 1);
    const secrets = ['prod/a', 'prod/x', 'prod/y'].map((id) => fetched(id, planted()));
    secrets.push(fetched('prod/big', big), fetched('prod/j', JSON.stringify({ k: planted() })));
    let error: unknown;
    try {
      resolveDesired(s, secrets);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyncConfigError);
    expect((error as SyncConfigError).issues).toEqual([
      "sync.yml line 4: secret 'prod/a' gives the GitHub secret name GITHUB_TOKEN, which starts with GITHUB_, which GitHub reserves; set a name for it",
      "sync.yml line 5: secret 'prod/big' is 49153 bytes; GitHub secrets hold at most 49152 bytes (48 KB)",
      "sync.yml line 6: secret 'prod/x' and sync.yml line 7: secret 'prod/y' both give SAME in acme/api (names are case-insensitive); rename one",
      "sync.yml line 8: secret 'prod/j' has no JSON key 'missing'; check its spelling and case",
    ]);
    expect((error as Error).message).not.toContain(big.slice(0, 100));
  });

  it('enforces the per-target secret limit counting what GitHub already holds', async () => {
    const github = new FakeTargets();
    github.seed(repo, Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`OLD_${i}`, 'x'])));
    const s = spec('prod/a');
    await expect(run(s, [fetched('prod/a', planted())], github)).rejects.toThrow(
      /acme\/api would hold 101 secrets; GitHub allows 100/,
    );
    expect(github.calls().put).toBeUndefined();
  });
});
