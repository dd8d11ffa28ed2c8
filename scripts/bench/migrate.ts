/**
 * `migrate` benchmark: a 200-key `.env` moved into the local Secrets Manager (test/helpers) by
 * `secrets-action migrate` (in-process, real SDK): first run, unchanged re-run, a re-run that
 * adds a `--tag` (200 retags), and an unchanged re-run without ListSecrets (tags read with one
 * DescribeSecret per secret), against a naive loop with the same SDK: one DescribeSecret then
 * CreateSecret or PutSecretValue per key, one after another, no change detection. Reports AWS
 * calls (writes among them) and median wall time, on loopback and with a simulated network
 * round trip per request.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  PutSecretValueCommand,
} from '@aws-sdk/client-secrets-manager';
import { main } from '../../src/cli/main.js';
import { clientOptionsFromEnv } from '../../src/sync/migrate/index.js';
import { startSecretsManagerServer } from '../../test/helpers/secrets-manager-server.js';
import { createSecretsManagerClient } from '../../src/sync/aws/client.js';

const count = Number(process.env.BENCH_MIGRATE_KEYS ?? 200);
const repeats = Number(process.env.BENCH_MIGRATE_REPEATS ?? 3);
const roundTripMs = Number(process.env.BENCH_AWS_RTT_MS ?? 20);
const writeOps = ['CreateSecret', 'PutSecretValue', 'TagResource', 'UpdateSecret'];

interface Step {
  readonly label: string;
  readonly body: (prefix: string) => Promise<void>;
  /** Deny ListSecrets, so tags are read with DescribeSecret. */
  readonly denyList?: boolean;
}

interface Result {
  calls: number;
  writes: number;
  ms: number;
}

/** Runs the benchmark and returns the printed table. */
export async function benchMigrate(): Promise<string> {
  const server = await startSecretsManagerServer();
  const dir = mkdtempSync(join(tmpdir(), 'secrets-action-bench-migrate-'));
  const pairs = Array.from({ length: count }, (_, i) => ({
    key: `SERVICE_${String(i).padStart(3, '0')}_TOKEN`,
    value: randomBytes(24).toString('base64url'),
  }));
  writeFileSync(join(dir, '.env'), pairs.map((p) => `${p.key}=${p.value}\n`).join(''));
  const env = server.env();
  const silent = { stdout: () => {}, stderr: () => {}, cwd: dir, env, stderrIsTTY: false };
  let run = 0;

  const once = async (body: (prefix: string) => Promise<void>, prefix: string) => {
    server.resetCalls();
    const started = performance.now();
    await body(prefix);
    const ms = performance.now() - started;
    const calls = Object.values(server.calls).reduce((a, b) => a + b, 0);
    const writes = writeOps.reduce((sum, op) => sum + (server.calls[op] ?? 0), 0);
    return { calls, writes, ms };
  };
  const median = (results: Result[]) =>
    [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)] as Result;
  let delayMs = 0;
  const setFaults = (denyList: boolean) => {
    server.faults.clear();
    if (delayMs > 0) server.faults.delay(Number.MAX_SAFE_INTEGER, delayMs);
    if (denyList) server.faults.denyOperation('ListSecrets');
  };

  /** Each step in turn on one fresh prefix, `times` times; the median of each step. */
  const measure = async (steps: readonly Step[], times: number) => {
    const results: Result[][] = steps.map(() => []);
    for (let i = 0; i < times; i++) {
      const prefix = `bench${run++}/`;
      for (const [j, step] of steps.entries()) {
        setFaults(step.denyList === true);
        results[j]?.push(await once(step.body, prefix));
      }
    }
    setFaults(false);
    return results.map(median);
  };
  const ours = async (prefix: string, ...extra: string[]) => {
    const code = await main(['migrate', '--prefix', prefix, ...extra], silent);
    if (code !== 0) throw new Error(`migrate exited ${code}`);
  };
  const naive = async (prefix: string) => {
    const client = createSecretsManagerClient(clientOptionsFromEnv(env, {}));
    for (const { key, value } of pairs) {
      const name = prefix + key;
      const exists = await client.send(new DescribeSecretCommand({ SecretId: name })).then(
        () => true,
        () => false,
      );
      if (exists)
        await client.send(new PutSecretValueCommand({ SecretId: name, SecretString: value }));
      else await client.send(new CreateSecretCommand({ Name: name, SecretString: value }));
    }
    client.destroy();
  };

  const rows: string[] = [];
  const ratios: string[] = [];
  try {
    // Warm-up: module loading, the detectors' compilation and JIT are not what is measured.
    await ours('warmup/');
    await naive('warmup-naive/');
    const tagged = (prefix: string) => ours(prefix, '--tag', 'bench=1');
    const oursSteps: Step[] = [
      { label: 'migrate, first run', body: ours },
      { label: 'migrate, unchanged re-run', body: ours },
      { label: 'migrate, re-run adding --tag', body: tagged },
      { label: 'migrate, unchanged, no List', body: tagged, denyList: true },
    ];
    const naiveSteps: Step[] = [
      { label: 'naive loop, first run', body: naive },
      { label: 'naive loop, re-run', body: naive },
    ];
    for (const [scenario, delay] of [
      ['loopback', 0],
      [`${roundTripMs} ms RTT`, roundTripMs],
    ] as const) {
      delayMs = delay;
      // With a round trip per request the time is the calls' and varies little: one run each.
      const times = delay > 0 ? 1 : repeats;
      const oursResults = await measure(oursSteps, times);
      const naiveResults = await measure(naiveSteps, times);
      const cases: [string, Result][] = [
        ...oursSteps.map((step, i): [string, Result] => [step.label, oursResults[i] as Result]),
        ...naiveSteps.map((step, i): [string, Result] => [step.label, naiveResults[i] as Result]),
      ];
      for (const [label, r] of cases)
        rows.push(
          `${scenario.padEnd(12)} ${label.padEnd(28)} ${String(r.calls).padStart(6)} ${String(r.writes).padStart(7)} ${r.ms.toFixed(0).padStart(9)}`,
        );
      const [first, again, , noList] = oursResults as Result[];
      const [naiveFirst, naiveAgain] = naiveResults as Result[];
      ratios.push(
        `${scenario}: first run ${(naiveFirst!.ms / first!.ms).toFixed(1)}x faster, ${naiveFirst!.calls - first!.calls} fewer calls; ` +
          `re-run ${(naiveAgain!.ms / again!.ms).toFixed(1)}x faster, ${again!.writes} writes instead of ${naiveAgain!.writes}; ` +
          `tags by ListSecrets: ${again!.calls} calls, by DescribeSecret: ${noList!.calls}`,
      );
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `migrate: a ${count}-key .env into the local Secrets Manager (median of ${repeats} on loopback, one run with the RTT)`,
    `${'scenario'.padEnd(12)} ${'method'.padEnd(28)} ${'calls'.padStart(6)} ${'writes'.padStart(7)} ${'wall ms'.padStart(9)}`,
    ...rows,
    ...ratios,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchMigrate());
}
