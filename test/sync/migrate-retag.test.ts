import { describe, expect, it } from 'vitest';
import { AwsCaller } from '../../src/sync/aws/caller.js';
import {
  applyMigration,
  buildItems,
  clientOptionsFromEnv,
  planMigration,
  readCurrentSettings,
  readCurrentValues,
  type MigrationItem,
  type MigrationSettings,
} from '../../src/sync/migrate/index.js';
import { useSecretsManagerServer } from '../helpers/secrets-manager-lifecycle.js';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { planted } from './aws-fixture.js';
import { createSecretsManagerClient } from '../../src/sync/aws/client.js';

let server: SecretsManagerServer;
useSecretsManagerServer((started) => (server = started));

const migrated = { Key: 'migrated-from', Value: 'env' };
const team = { Key: 'team', Value: 'payments' };
const writeOps = ['CreateSecret', 'PutSecretValue', 'UpdateSecret', 'TagResource'];
const writes = () => writeOps.filter((op) => server.calls[op]).map((op) => [op, server.calls[op]]);

async function migrate(items: readonly MigrationItem[], wanted: MigrationSettings) {
  const client = createSecretsManagerClient(clientOptionsFromEnv(server.env(), {}));
  const caller = new AwsCaller({ attempts: 3, baseDelayMs: 5 }, 4);
  try {
    const names = items.map((i) => i.secretName);
    const values = await readCurrentValues(client, caller, names);
    const existing = names.filter((name) => values.get(name)?.state === 'string');
    const settings = await readCurrentSettings(client, caller, existing, wanted);
    const plan = planMigration(items, { values, settings }, wanted);
    server.resetCalls();
    const outcomes = await applyMigration(client, caller, plan, wanted);
    return { plan, outcomes };
  } finally {
    client.destroy();
  }
}

function single(prefix: string, key: string, value: string) {
  return buildItems([{ key, value }], { prefix }).items;
}

describe('tags, description and KMS key on secrets that already exist', () => {
  it('retags an unchanged secret with only the missing tags, keeping its others', async () => {
    const value = planted();
    server.put({
      name: 'rt1/A',
      string: value,
      metadata: { tags: [{ Key: 'owner', Value: 'x' }] },
    });
    const items = single('rt1/', 'A', value);
    const { plan, outcomes } = await migrate(items, { tags: [migrated, team] });
    expect(plan[0]).toMatchObject({ action: 'retag', changes: { tags: [migrated, team] } });
    expect(plan[0]?.secretString).toBeUndefined();
    expect(outcomes.map((o) => o.status)).toEqual(['retagged']);
    expect(writes()).toEqual([['TagResource', 1]]);
    expect(server.get('rt1/A')).toMatchObject({
      versionCount: 1,
      metadata: { tags: [{ Key: 'owner', Value: 'x' }, migrated, team] },
    });
    const again = await migrate(items, { tags: [migrated, team] });
    expect(again.plan[0]?.action).toBe('unchanged');
    expect(writes()).toEqual([]);
  });

  it('repairs a TagResource that failed: the next run retags and then converges', async () => {
    const value = planted();
    server.put({ name: 'rt2/A', string: 'old' });
    const items = single('rt2/', 'A', value);
    server.faults.denyOperation('TagResource');
    const first = await migrate(items, { tags: [migrated] });
    expect(first.outcomes[0]).toMatchObject({
      status: 'failed',
      operation: 'TagResource',
      code: 'AccessDeniedException',
    });
    // The value was written by hand meanwhile, as after a write whose tagging failed.
    server.faults.clear();
    server.put({ name: 'rt2/A', string: value });
    const second = await migrate(items, { tags: [migrated] });
    expect(second.plan[0]?.action).toBe('retag');
    expect(writes()).toEqual([['TagResource', 1]]);
    expect((await migrate(items, { tags: [migrated] })).plan[0]?.action).toBe('unchanged');
  });

  it('update-settings: UpdateSecret with the description and KMS key, no new version', async () => {
    const value = planted();
    server.put({
      name: 'rt3/A',
      string: value,
      metadata: { tags: [migrated], description: 'old', kmsKeyId: 'alias/old' },
    });
    const items = single('rt3/', 'A', value);
    const wanted = { tags: [migrated], description: 'from .env', kmsKeyId: 'alias/app' };
    const { plan, outcomes } = await migrate(items, wanted);
    expect(plan[0]).toMatchObject({
      action: 'update-settings',
      changes: {
        tags: [],
        description: 'from .env',
        kmsKeyId: 'alias/app',
        currentKmsKeyId: 'alias/old',
      },
    });
    expect(outcomes[0]?.status).toBe('settings-updated');
    expect(writes()).toEqual([['UpdateSecret', 1]]);
    expect(server.get('rt3/A')).toMatchObject({
      versionCount: 1,
      current: { string: value },
      metadata: { description: 'from .env', kmsKeyId: 'alias/app' },
    });
    expect((await migrate(items, wanted)).plan[0]?.action).toBe('unchanged');
    // Not asking for a description or key leaves them as they are.
    expect((await migrate(items, { tags: [migrated] })).plan[0]?.action).toBe('unchanged');
  });

  it('a new value and a new KMS key are one UpdateSecret; tags that are right are not sent', async () => {
    server.put({ name: 'rt4/A', string: 'old', metadata: { tags: [migrated] } });
    const value = planted();
    const items = single('rt4/', 'A', value);
    const { plan } = await migrate(items, { tags: [migrated], kmsKeyId: 'alias/app' });
    expect(plan[0]).toMatchObject({
      action: 'update',
      changes: { tags: [], kmsKeyId: 'alias/app' },
    });
    expect(writes()).toEqual([['UpdateSecret', 1]]);
    expect(server.get('rt4/A')).toMatchObject({
      versionCount: 2,
      current: { string: value },
      metadata: { kmsKeyId: 'alias/app' },
    });
    const newer = planted();
    await migrate(single('rt4/', 'A', newer), { tags: [migrated] });
    expect(writes()).toEqual([['PutSecretValue', 1]]);
  });

  it('without DescribeSecret and ListSecrets: compared by value, updates tag everything', async () => {
    const same = planted();
    server.put({ name: 'rt5/A', string: same });
    server.put({ name: 'rt5/B', string: 'old' });
    server.faults.denyOperation('DescribeSecret');
    server.faults.denyOperation('ListSecrets');
    const items = buildItems(
      [
        { key: 'A', value: same },
        { key: 'B', value: planted() },
      ],
      { prefix: 'rt5/' },
    ).items;
    const { plan } = await migrate(items, { tags: [migrated, team], description: 'd' });
    const unchecked = { operation: 'DescribeSecret', code: 'AccessDeniedException' };
    expect(plan[0]).toMatchObject({ action: 'unchanged', settingsUnchecked: unchecked });
    expect(plan[1]).toMatchObject({
      action: 'update',
      changes: { tags: [migrated, team] },
      settingsUnchecked: unchecked,
    });
    expect(writes()).toEqual([
      ['PutSecretValue', 1],
      ['TagResource', 1],
    ]);
  });
});
