/**
 * Rotation check benchmark: 1,000 secrets in the local Secrets Manager with a simulated 5 ms
 * network delay per request, checked against a policy by our way (ListSecrets pages carry every
 * date and tag: 10 calls) and the naive way (ListSecrets for the names, then one DescribeSecret per
 * secret, one after another and 8 at a time). Reports AWS calls, median wall time, and the ratios;
 * checks that both ways give the same statuses.
 */
import {
  DescribeSecretCommand,
  ListSecretsCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { randomBytes } from 'node:crypto';
import { mapConcurrent } from '../../src/shared/concurrency.js';
import { createSecretsManagerClient } from '../../src/sync/index.js';
import {
  checkRotation,
  evaluateRotation,
  parseRotationPolicy,
  type SecretRotationFacts,
} from '../../src/sync/rotation/index.js';
import { startSecretsManagerServer } from '../../test/helpers/secrets-manager-server.js';

const count = Number(process.env.BENCH_ROTATION_SECRETS ?? 1000);
const repeats = Number(process.env.BENCH_ROTATION_REPEATS ?? 3);
const latencyMs = Number(process.env.BENCH_ROTATION_LATENCY_MS ?? 5);

const policy = parseRotationPolicy(`
warn-days: 14
rules:
  - { match: '**/jwt-*', max-age: 30d }
  - { tag: { class: database }, max-age: 90d }
  - { match: '**', max-age: 180d }
`);

/** The naive way: every name from ListSecrets, then DescribeSecret for each. */
async function naive(client: SecretsManagerClient, concurrency: number) {
  const names: string[] = [];
  let token: string | undefined;
  let calls = 0;
  do {
    const page = await client.send(
      new ListSecretsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }),
    );
    calls++;
    for (const entry of page.SecretList ?? []) if (entry.Name) names.push(entry.Name);
    token = page.NextToken || undefined;
  } while (token);
  const facts: SecretRotationFacts[] = [];
  async function* all() {
    yield* names;
  }
  for await (const d of mapConcurrent(all(), concurrency, (name) =>
    client.send(new DescribeSecretCommand({ SecretId: name })),
  )) {
    calls++;
    facts.push({
      name: d.Name ?? '',
      ...(d.CreatedDate ? { createdDate: d.CreatedDate } : {}),
      ...(d.LastChangedDate ? { lastChangedDate: d.LastChangedDate } : {}),
      ...(d.LastRotatedDate ? { lastRotatedDate: d.LastRotatedDate } : {}),
      ...(d.NextRotationDate ? { nextRotationDate: d.NextRotationDate } : {}),
      rotationEnabled: d.RotationEnabled === true,
      tags: Object.fromEntries((d.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    });
  }
  return { calls, counts: evaluateRotation(facts, policy, { now: new Date() }).counts };
}

async function median<T extends { calls: number }>(run: () => Promise<T>) {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    last = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { result: last as T, ms: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

/** Runs the benchmark and returns the printed table. */
export async function benchRotation(): Promise<string> {
  // The SDK's Node-version notice would land in the middle of the printed table.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = await startSecretsManagerServer();
  const saved = { ...process.env };
  Object.assign(process.env, server.env());
  try {
    const now = Math.floor(Date.now() / 1000);
    for (let i = 0; i < count; i++) {
      const kind = i % 10 === 0 ? 'jwt-signing' : i % 3 === 0 ? 'db-password' : 'api-key';
      server.put({
        name: `bench/service-${String(i).padStart(4, '0')}/${kind}`,
        string: randomBytes(24).toString('base64url'),
        metadata: {
          lastChangedDate: now - (i % 200) * 86_400,
          ...(i % 7 === 0 ? { lastRotatedDate: now - (i % 40) * 86_400 } : {}),
          ...(kind === 'db-password' ? { tags: [{ Key: 'class', Value: 'database' }] } : {}),
          ...(i % 50 === 0
            ? { rotationEnabled: true, rotationDays: 30, nextRotationDate: now - 86_400 }
            : {}),
        },
      });
    }
    server.faults.delay(Number.MAX_SAFE_INTEGER, latencyMs);
    const client = createSecretsManagerClient();
    const ours = await median(async () => {
      const { report, calls } = await checkRotation(client, policy, { now: new Date() });
      return { calls: Object.values(calls).reduce((a, b) => a + b, 0), counts: report.counts };
    });
    const sequential = await median(() => naive(client, 1));
    const parallel = await median(() => naive(client, 8));
    client.destroy();
    const same = [sequential, parallel].every(
      (other) => JSON.stringify(other.result.counts) === JSON.stringify(ours.result.counts),
    );
    const row = (label: string, m: { result: { calls: number }; ms: number }) =>
      `${label.padEnd(46)} ${String(m.result.calls).padStart(6)} ${m.ms.toFixed(0).padStart(9)}`;
    const ratio = (m: { result: { calls: number }; ms: number }) =>
      `${(m.result.calls / ours.result.calls).toFixed(0)}x fewer calls, ${(m.ms / ours.ms).toFixed(1)}x faster`;
    return [
      `Rotation check: ${count} secrets through the local server, ${latencyMs} ms per request (median of ${repeats})`,
      `${'method'.padEnd(46)} ${'calls'.padStart(6)} ${'wall ms'.padStart(9)}`,
      row('ours (ListSecrets pages only)', ours),
      row('naive: ListSecrets + DescribeSecret each', sequential),
      row('naive, DescribeSecret 8 at a time', parallel),
      `vs naive: ${ratio(sequential)}; vs naive 8 at a time: ${ratio(parallel)}`,
      `same statuses both ways: ${same ? 'yes' : 'NO'} (${Object.entries(ours.result.counts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`)
        .join(', ')})`,
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
  console.log(await benchRotation());
}
