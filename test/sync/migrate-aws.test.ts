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
} from '../../src/sync/migrate/index.js';
import { useSecretsManagerServer } from '../helpers/secrets-manager-lifecycle.js';
import type { SecretsManagerServer } from '../helpers/secrets-manager-server.js';
import { planted } from './aws-fixture.js';
import { createSecretsManagerClient } from '../../src/sync/aws/client.js';

let server: SecretsManagerServer;
useSecretsManagerServer((started) => (server = started));

const settings = { tags: [{ Key: 'migrated-from', Value: 'env' }] };

async function migrate(items: readonly MigrationItem[], dryRun = false) {
  const client = createSecretsManagerClient(clientOptionsFromEnv(server.env(), {}));
  const caller = new AwsCaller({ attempts: 3, baseDelayMs: 5 }, 4);
  const names = items.map((i) => i.secretName);
  const values = await readCurrentValues(client, caller, names);
  const existing = names.filter((name) => values.get(name)?.state === 'string');
  const current = await readCurrentSettings(client, caller, existing, settings);
  const plan = planMigration(items, { values, settings: current }, settings);
  const outcomes = dryRun ? [] : await applyMigration(client, caller, plan, settings);
  client.destroy();
  return { plan, outcomes };
}

describe('buildItems', () => {
  it('refuses invalid names, values over 64 KB and repeated keys, naming each key', () => {
    const big = 'x'.repeat(65_537);
    const { issues } = buildItems(
      [
        { key: 'OK', value: 'v' },
        { key: 'BIG', value: big },
        { key: 'OK', value: 'w' },
      ],
      { prefix: 'bad prefix/' },
    );
    expect(issues).toEqual([
      'OK: selected twice',
      expect.stringMatching(/^OK: the secret name bad prefix\/OK has characters/),
      expect.stringMatching(/^BIG: the secret name .*characters/),
      "BIG: the value is 65537 bytes, over Secrets Manager's 65,536-byte limit",
      expect.stringMatching(/^OK: the secret name/),
    ]);
    expect(issues.join('\n')).not.toContain('xxxx');
    expect(buildItems([{ key: 'A', value: 'x'.repeat(65_536) }], { prefix: 'p/' }).issues).toEqual(
      [],
    );
    const grouped = buildItems([{ key: 'A', value: big }], { prefix: 'p/', group: 'g' });
    expect(grouped.issues).toEqual([expect.stringContaining('--group g: the JSON object is')]);
  });
});

describe('plan and apply against the local Secrets Manager (real SDK)', () => {
  it('creates, then finds everything unchanged with two reads and no writes', async () => {
    const values = [planted('a'), planted('b')];
    const { items } = buildItems(
      [
        { key: 'A', value: values[0] as string },
        { key: 'B', value: values[1] as string },
      ],
      { prefix: 't1/' },
    );
    const dry = await migrate(items, true);
    expect(dry.plan.map((p) => p.action)).toEqual(['create', 'create']);
    expect(server.calls).toEqual({ BatchGetSecretValue: 1 });
    const first = await migrate(items);
    expect(first.outcomes.map((o) => o.status)).toEqual(['created', 'created']);
    expect(server.get('t1/A')?.current?.string).toBe(values[0]);
    expect(server.get('t1/A')?.metadata.tags).toEqual([{ Key: 'migrated-from', Value: 'env' }]);
    server.resetCalls();
    const second = await migrate(items);
    expect(second.plan.map((p) => p.action)).toEqual(['unchanged', 'unchanged']);
    // One ListSecrets page answers for the tags of both.
    expect(server.calls).toEqual({ BatchGetSecretValue: 1, ListSecrets: 1 });
  });

  it('updates a changed value: tags first, then a new version', async () => {
    server.put({ name: 't2/A', string: planted('old') });
    const value = planted('new');
    const { items } = buildItems([{ key: 'A', value }], { prefix: 't2/' });
    const { plan, outcomes } = await migrate(items);
    expect(plan[0]?.action).toBe('update');
    expect(outcomes[0]?.status).toBe('updated');
    expect(server.get('t2/A')).toMatchObject({ current: { string: value }, versionCount: 2 });
    expect(server.get('t2/A')?.metadata.tags).toContainEqual({
      Key: 'migrated-from',
      Value: 'env',
    });
    expect(server.calls).toMatchObject({ TagResource: 1, PutSecretValue: 1 });
  });

  it('groups keys into one JSON secret and keeps properties it does not know', async () => {
    server.put({ name: 't3/api', string: JSON.stringify({ OTHER: 'kept', A: 'stale' }) });
    const a = planted('a');
    const b = planted('b');
    const pairs = [
      { key: 'A', value: a },
      { key: 'B', value: b },
    ];
    const { items } = buildItems(pairs, { prefix: 't3/', group: 'api' });
    const { plan } = await migrate(items);
    expect(plan[0]).toMatchObject({ action: 'update', reason: 'keeps 1 other property' });
    expect(JSON.parse(server.get('t3/api')?.current?.string ?? '')).toEqual({
      OTHER: 'kept',
      A: a,
      B: b,
    });
    expect((await migrate(items)).plan[0]?.action).toBe('unchanged');
    server.put({ name: 't3/plain', string: 'not json' });
    const clash = buildItems(pairs, { prefix: 't3/', group: 'plain' }).items;
    expect((await migrate(clash)).plan[0]).toMatchObject({
      action: 'fail',
      reason: expect.stringContaining('not hold a JSON object'),
    });
  });

  it('keeps going past a denied write and reports it from the error code alone', async () => {
    const values = [planted('a'), planted('b'), planted('c')];
    const { items } = buildItems(
      values.map((value, i) => ({ key: `K${i}`, value })),
      { prefix: 't4/' },
    );
    server.faults.denyWrite('t4/K1');
    const { outcomes } = await migrate(items);
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'failed', 'created']);
    expect(outcomes[1]?.message).toBe(
      'access denied (AccessDeniedException); allow secretsmanager:CreateSecret on this secret for the credentials in use',
    );
    server.faults.clear();
    const again = await migrate(items);
    expect(again.plan.map((p) => p.action)).toEqual(['unchanged', 'create', 'unchanged']);
    expect(again.outcomes.map((o) => o.status)).toEqual(['created']);
  });

  it('falls back to GetSecretValue when BatchGetSecretValue is denied', async () => {
    server.put({ name: 't5/A', string: 'same', metadata: { tags: [...settings.tags] } });
    server.faults.denyOperation('BatchGetSecretValue');
    const { items } = buildItems(
      [
        { key: 'A', value: 'same' },
        { key: 'B', value: planted() },
      ],
      { prefix: 't5/' },
    );
    const { plan } = await migrate(items, true);
    expect(plan.map((p) => p.action)).toEqual(['unchanged', 'create']);
    expect(server.calls).toMatchObject({ BatchGetSecretValue: 1, GetSecretValue: 2 });
  });

  it('a secret that cannot be read is a per-secret failure, never written', async () => {
    server.put({ name: 't6/A', string: planted() });
    server.faults.denySecret('t6/A');
    const { items } = buildItems(
      [
        { key: 'A', value: planted() },
        { key: 'B', value: planted() },
      ],
      { prefix: 't6/' },
    );
    const { plan, outcomes } = await migrate(items);
    expect(plan[0]).toMatchObject({
      action: 'fail',
      reason: expect.stringContaining('allow secretsmanager:GetSecretValue'),
    });
    expect(outcomes.map((o) => o.entry.item.secretName)).toEqual(['t6/B']);
  });
});
