/**
 * `migrate` benchmark: a 200-key `.env` moved into the local Secrets Manager (test/helpers) by
 * `secrets-action migrate` (in-process, real SDK), first run and unchanged re-run, against a naive
 * loop with the same SDK: one DescribeSecret then CreateSecret or PutSecretValue per key, one
 * after another, no change detection. Reports AWS calls (writes among them) and median wall time,
 * on loopback and with a simulated network round trip per request.
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
import { clientOptionsFromEnv, createMigrateClient } from '../../src/sync/migrate/index.js';
import { startSecretsManagerServer } from '../../test/helpers/secrets-manager-server.js';

const count = Number(process.env.BENCH_MIGRATE_KEYS ?? 200);
const repeats = Number(process.env.BENCH_MIGRATE_REPEATS ?? 3);
const roundTripMs = Number(process.env.BENCH_AWS_RTT_MS ?? 20);
const writeOps = ['CreateSecret', 'PutSecretValue', 'TagResource', 'UpdateSecret'];

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
  /** A first run into a fresh prefix, then a re-run into the same one, `times` times. */
  const measure = async (body: (prefix: string) => Promise<void>, times: number) => {
    const first: Result[] = [];
    const again: Result[] = [];
    for (let i = 0; i < times; i++) {
      const prefix = `bench${run++}/`;
      first.push(await once(body, prefix));
      again.push(await once(body, prefix));
    }
    return [median(first), median(again)] as const;
  };

  const ours = async (prefix: string) => {
    const code = await main(['migrate', '--prefix', prefix], silent);
    if (code !== 0) throw new Error(`migrate exited ${code}`);
  };
  const naive = async (prefix: string) => {
    const client = createMigrateClient(clientOptionsFromEnv(env, {}));
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
    for (const [scenario, delay] of [
      ['loopback', 0],
      [`${roundTripMs} ms RTT`, roundTripMs],
    ] as const) {
      server.faults.clear();
      if (delay > 0) server.faults.delay(Number.MAX_SAFE_INTEGER, delay);
      // With a round trip per request the time is the calls' and varies little: one run each.
      const times = delay > 0 ? 1 : repeats;
      const [first, again] = await measure(ours, times);
      const [naiveFirst, naiveAgain] = await measure(naive, times);
      const cases: [string, Result][] = [
        ['migrate, first run', first],
        ['migrate, unchanged re-run', again],
        ['naive loop, first run', naiveFirst],
        ['naive loop, re-run', naiveAgain],
      ];
      for (const [label, r] of cases)
        rows.push(
          `${scenario.padEnd(12)} ${label.padEnd(28)} ${String(r.calls).padStart(6)} ${String(r.writes).padStart(7)} ${r.ms.toFixed(0).padStart(9)}`,
        );
      ratios.push(
        `${scenario}: first run ${(naiveFirst.ms / first.ms).toFixed(1)}x faster, ${naiveFirst.calls - first.calls} fewer calls; ` +
          `re-run ${(naiveAgain.ms / again.ms).toFixed(1)}x faster, ${again.writes} writes instead of ${naiveAgain.writes}`,
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
