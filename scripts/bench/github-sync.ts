/**
 * GitHub write benchmark: 100 AWS secrets synced into 10 targets (3 repositories, 2 environments
 * of each, and the org) through the local Secrets Manager and the local GitHub API (which checks
 * every request against GitHub's OpenAPI description and opens every sealed value). Our pipeline
 * (plan, then apply, with the manifest) runs twice: a first run and an unchanged re-run. The
 * baseline is the naive loop `gh secret set` in a shell loop amounts to: one public-key GET and
 * one PUT per secret per target, every time. Same Octokit client and plugins for both.
 * Write spacing is off for both (loopback); GitHub's secondary limit (80 writes a minute) then
 * sets a floor on real wall time, printed per method.
 */
import { randomBytes } from 'node:crypto';
import { createSecretsManagerClient, fetchSecrets, parseSecretIds } from '../../src/sync/index.js';
import {
  createGitHubClient,
  createGitHubTargets,
  sealForGitHub,
  type TargetRef,
} from '../../src/sync/github/index.js';
import {
  applyPlan,
  fromInputs,
  planSync,
  readTargetStates,
  resolveDesired,
  SECONDARY_WRITES_PER_MINUTE,
} from '../../src/sync/plan/index.js';
import {
  startGitHubApiServer,
  type GitHubApiServer,
} from '../../test/helpers/github-api-server.js';
import { startSecretsManagerServer } from '../../test/helpers/secrets-manager-server.js';

const secrets = Number(process.env.BENCH_GH_SECRETS ?? 100);
const roundTripMs = Number(process.env.BENCH_GH_RTT_MS ?? 5);

interface Measure {
  calls: number;
  writes: number;
  ms: number;
}

function measureServer(github: GitHubApiServer, ms: number): Measure {
  return { calls: github.requests.length, writes: github.writes().length, ms };
}

/** The naive loop: for each target and secret, GET the target's public key, seal, PUT. */
async function naive(
  url: string,
  token: string,
  targets: readonly TargetRef[],
  values: readonly { name: string; value: string }[],
): Promise<void> {
  const { octokit } = createGitHubClient({ token, baseUrl: url, writeSpacingMs: 0 });
  for (const target of targets) {
    const base =
      target.kind === 'organization'
        ? `/orgs/${target.org}/actions/secrets`
        : target.kind === 'environment'
          ? `/repos/${target.owner}/${target.repo}/environments/${encodeURIComponent(target.environment)}/secrets`
          : `/repos/${'owner' in target ? `${target.owner}/${target.repo}` : ''}/actions/secrets`;
    for (const { name, value } of values) {
      const { data } = await octokit.request(`GET ${base}/public-key`);
      const key = data as { key_id: string; key: string };
      const encrypted_value = await sealForGitHub(key.key, value);
      await octokit.request(`PUT ${base}/${name}`, {
        key_id: key.key_id,
        encrypted_value,
        ...(target.kind === 'organization' ? { visibility: 'private' } : {}),
      });
    }
  }
}

/** Runs the benchmark and returns the printed table. */
export async function benchGitHubSync(): Promise<string> {
  const aws = await startSecretsManagerServer();
  const github = await startGitHubApiServer();
  // The SDK takes the endpoint and the generated credentials from the environment, as in a job.
  const saved = { ...process.env };
  Object.assign(process.env, aws.env(), {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  try {
    for (let i = 0; i < secrets; i++)
      aws.put({
        name: `bench/secret-${String(i).padStart(3, '0')}`,
        string: randomBytes(24).toString('base64url'),
      });
    github.addOrg('acme');
    const repositories = ['acme/r0', 'acme/r1', 'acme/r2'];
    for (const repo of repositories) {
      github.addRepo(repo);
      for (const environment of ['staging', 'production']) github.addEnvironment(repo, environment);
    }
    if (roundTripMs > 0) github.faults.always({ kind: 'delay', ms: roundTripMs });
    const spec = fromInputs({
      secretIds: 'bench/*',
      parseJson: false,
      nameTransformation: 'uppercase',
      stripPrefix: 'bench/',
      repositories,
      environments: ['staging', 'production'],
      createEnvironments: false,
      org: 'acme',
      orgVisibility: 'private',
      orgSelectedRepositories: [],
      dependabot: false,
    });
    const client = createSecretsManagerClient();

    const ours = async (): Promise<Measure & { awsCalls: number }> => {
      github.resetCalls();
      const started = performance.now();
      const fetched = await fetchSecrets(client, parseSecretIds('bench/*'));
      const desired = resolveDesired(spec, fetched.secrets);
      const targets = createGitHubTargets({
        token: github.token,
        baseUrl: github.url,
        writeSpacingMs: 0,
      });
      const states = await readTargetStates(spec, targets, { dryRun: false });
      const plan = planSync(desired, states, { prune: false });
      const result = await applyPlan(plan, targets, { spacingMs: 0 });
      if (result.counts.failed > 0) throw new Error(`${result.counts.failed} items failed`);
      const awsCalls = Object.values(fetched.calls).reduce((a, b) => a + b, 0);
      return { ...measureServer(github, performance.now() - started), awsCalls };
    };
    const first = await ours();
    const rerun = await ours();

    const fetched = await fetchSecrets(client, parseSecretIds('bench/*'));
    const values = resolveDesired(spec, fetched.secrets)
      .filter((d) => d.target.kind === 'repository' && d.target.repo === 'r0')
      .map((d) => ({ name: d.name, value: d.value() }));
    client.destroy();
    github.resetCalls();
    const started = performance.now();
    await naive(github.url, github.token, spec.targets, values);
    const loop = measureServer(github, performance.now() - started);
    if (github.problems.length > 0) throw new Error(`invalid requests: ${github.problems[0]}`);

    const floor = (m: Measure) => `${((m.writes / SECONDARY_WRITES_PER_MINUTE) * 60).toFixed(0)} s`;
    const row = (label: string, m: Measure) =>
      `${label.padEnd(34)} ${String(m.calls).padStart(6)} ${String(m.writes).padStart(7)} ${m.ms.toFixed(0).padStart(8)} ${floor(m).padStart(10)}`;
    const times = (a: number, b: number) => `${(b / Math.max(1, a)).toFixed(1)}x`;
    const vsNaive = (m: Measure) =>
      `${times(m.calls, loop.calls)} fewer calls, ${m.writes} writes instead of ${loop.writes}, ${(loop.ms / m.ms).toFixed(1)}x faster`;
    return [
      `GitHub secrets sync: ${secrets} secrets x ${spec.targets.length} targets through the local servers (${roundTripMs} ms added per request)`,
      `${'method'.padEnd(34)} ${'calls'.padStart(6)} ${'writes'.padStart(7)} ${'wall ms'.padStart(8)} ${'80/min floor'.padStart(10)}`,
      row('ours, first run', first),
      row('ours, unchanged re-run', rerun),
      row('naive loop (key GET + PUT each)', loop),
      `first run vs naive: ${vsNaive(first)}`,
      `unchanged re-run vs naive: ${vsNaive(rerun)}`,
      `AWS calls per run (ours): ${first.awsCalls} (ListSecrets + BatchGetSecretValue)`,
    ].join('\n');
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    await aws.close();
    await github.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchGitHubSync());
}
