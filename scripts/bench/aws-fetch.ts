/**
 * AWS read benchmark: 200 secrets in the local Secrets Manager (test/helpers), fetched with our
 * `fetchSecrets` (a prefix selector, and 200 explicit ids) and the AWS action's way (one
 * GetSecretValue per secret, one after another) with the same SDK client. Reports AWS calls and
 * median wall time, on loopback and with a simulated network round trip per request.
 */
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { randomBytes } from 'node:crypto';
import { createSecretsManagerClient, fetchSecrets, parseSecretIds } from '../../src/sync/index.js';
import { startSecretsManagerServer } from '../../test/helpers/secrets-manager-server.js';

const count = Number(process.env.BENCH_AWS_SECRETS ?? 200);
const repeats = Number(process.env.BENCH_AWS_REPEATS ?? 3);
const roundTripMs = Number(process.env.BENCH_AWS_RTT_MS ?? 20);

interface Measure {
  calls: number;
  ms: number;
}

async function measure(run: () => Promise<number>): Promise<Measure> {
  const times: number[] = [];
  let calls = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    calls = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { calls, ms: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

/** Runs the benchmark and returns the printed table. */
export async function benchAwsFetch(): Promise<string> {
  const server = await startSecretsManagerServer();
  const saved = { ...process.env };
  Object.assign(process.env, server.env());
  try {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = `bench/app/secret-${String(i).padStart(3, '0')}`;
      names.push(name);
      server.put({ name, string: randomBytes(24).toString('base64url') });
    }
    const client = createSecretsManagerClient();
    const prefix = parseSecretIds('bench/app/*');
    const ids = parseSecretIds(names.join('\n'));
    const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
    const methods: [string, () => Promise<number>][] = [
      ['ours, prefix bench/app/*', async () => sum((await fetchSecrets(client, prefix)).calls)],
      ['ours, 200 explicit ids', async () => sum((await fetchSecrets(client, ids)).calls)],
      [
        'AWS action way (GetSecretValue each)',
        async () => {
          for (const name of names) {
            await client.send(new GetSecretValueCommand({ SecretId: name }));
          }
          return names.length;
        },
      ],
    ];
    const rows: string[] = [];
    const ratios: string[] = [];
    for (const [scenario, delay] of [
      ['loopback', 0],
      [`${roundTripMs} ms RTT`, roundTripMs],
    ] as const) {
      server.faults.clear();
      if (delay > 0) server.faults.delay(Number.MAX_SAFE_INTEGER, delay);
      const results: Measure[] = [];
      for (const [label, run] of methods) {
        const result = await measure(run);
        results.push(result);
        rows.push(
          `${scenario.padEnd(12)} ${label.padEnd(38)} ${String(result.calls).padStart(6)} ${result.ms.toFixed(0).padStart(9)}`,
        );
      }
      const baseline = results[2] as Measure;
      for (const [i, result] of results.slice(0, 2).entries()) {
        ratios.push(
          `${scenario}, ${methods[i]?.[0]}: ${(baseline.calls / result.calls).toFixed(1)}x fewer calls, ${(baseline.ms / result.ms).toFixed(1)}x faster`,
        );
      }
    }
    return [
      `AWS Secrets Manager read: ${count} secrets through the local server (median of ${repeats})`,
      `${'scenario'.padEnd(12)} ${'method'.padEnd(38)} ${'calls'.padStart(6)} ${'wall ms'.padStart(9)}`,
      ...rows,
      ...ratios,
    ].join('\n');
  } finally {
    for (const key of Object.keys(server.env())) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchAwsFetch());
}
