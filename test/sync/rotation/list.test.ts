import { describe, expect, it } from 'vitest';
import { checkRotation, parseRotationPolicy } from '../../../src/sync/rotation/index.js';
import { createSecretsManagerClient } from '../../../src/sync/index.js';
import { AwsSecretError } from '../../../src/sync/errors.js';
import { startSparseListProxy } from '../../helpers/secrets-manager-sparse-list.js';
import { client, fastRetry, useSecretsManager } from '../aws-fixture.js';
import {
  bulkCount,
  fleetPolicy,
  leakedValues,
  seedFleet,
  statusesOf,
  type Fleet,
} from './fleet.js';

const now = new Date('2025-03-01T00:00:00Z');
const policy = parseRotationPolicy(fleetPolicy, 'rotation.yaml');

describe('checkRotation against the local Secrets Manager (real SDK, 7 secrets a page)', () => {
  const server = useSecretsManager({ listPageSize: 7 });
  let fleet: Fleet;
  const check = async (options: Partial<Parameters<typeof checkRotation>[2]> = {}) => {
    if (!fleet) fleet = seedFleet(server(), now.getTime());
    server().resetCalls();
    const sdk = client();
    try {
      return await checkRotation(sdk, policy, { now, retry: fastRetry, ...options });
    } finally {
      sdk.destroy();
    }
  };

  it('reads every page with ListSecrets alone and gives each case its status', async () => {
    const { report, calls } = await check();
    const total = Object.keys(fleet.expected).length + bulkCount;
    expect(report.findings).toHaveLength(total);
    expect(statusesOf(report.findings, fleet)).toEqual(fleet.expected);
    // 131 secrets, 7 a page: 19 ListSecrets calls and nothing else, on both sides of the wire.
    expect(calls).toEqual({ ListSecrets: Math.ceil(total / 7) });
    expect(server().calls).toEqual({ ListSecrets: Math.ceil(total / 7) });
    expect(report.counts).toMatchObject({ ok: bulkCount + 2, overdue: 3, 'due-soon': 2 });
    expect(leakedValues(fleet.values, JSON.stringify(report))).toEqual([]);
  });

  it('filters by prefix on the server and by exact tag value', async () => {
    const prefixed = await check({ prefix: 'app/db/' });
    expect(prefixed.report.findings.map((f) => f.name).sort()).toEqual([
      'app/db/main',
      'app/db/replica',
      'app/db/reporting',
    ]);
    expect(prefixed.calls).toEqual({ ListSecrets: 1 });
    const tagged = await check({ prefix: 'app/bulk/', tags: { team: 'blue' } });
    expect(tagged.report.findings).toHaveLength(bulkCount / 2);
    const anyTeam = await check({ tags: { team: '*' } });
    expect(anyTeam.report.findings).toHaveLength(bulkCount);
    // A key the API's filter pattern refuses is matched here instead of failing the call.
    const odd = await check({ tags: { équipe: '*' } });
    expect(odd.report.findings).toEqual([]);
    await expect(check({ prefix: 'app/*' })).rejects.toThrow(
      "prefix 'app/*' cannot match any secret: names use only letters, digits and /_+=.@- (a prefix needs no *: 'app/')",
    );
  });

  it('retries a throttled page and counts the attempt', async () => {
    server().faults.throttle(2, 'ListSecrets');
    const { calls } = await check();
    expect(calls.ListSecrets).toBe(
      Math.ceil((Object.keys(fleet.expected).length + bulkCount) / 7) + 2,
    );
  });

  it('turns AccessDenied on ListSecrets into one line naming secretsmanager:ListSecrets', async () => {
    server().faults.denyOperation('ListSecrets');
    try {
      const error = await check().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AwsSecretError);
      expect((error as Error).message).toBe(
        'listing secrets: access denied (AccessDeniedException); allow secretsmanager:ListSecrets on * in the policy of the role the job assumes',
      );
      const withPrefix = await check({ prefix: 'app/' }).catch((e: Error) => e.message);
      expect(withPrefix).toMatch(/^listing secrets with prefix 'app\/': access denied/);
    } finally {
      server().faults.clear();
    }
  });

  it('falls back to DescribeSecret, 8 at a time, only for entries listed without dates', async () => {
    await check();
    const proxy = await startSparseListProxy(server().url);
    const sdk = createSecretsManagerClient({ endpoint: proxy.url, timeoutMs: 2_000 });
    server().resetCalls();
    try {
      const { report, calls } = await checkRotation(sdk, policy, { now, prefix: 'app/' });
      expect(statusesOf(report.findings, fleet)).toEqual(
        Object.fromEntries(
          Object.entries(fleet.expected).filter(([name]) => name.startsWith('app/')),
        ),
      );
      expect(calls.DescribeSecret).toBe(report.findings.length);
      expect(server().calls.GetSecretValue).toBeUndefined();
      expect(server().peakInFlight()).toBeLessThanOrEqual(8);
    } finally {
      sdk.destroy();
      await proxy.close();
    }
  });
});
