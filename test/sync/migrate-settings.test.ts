import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCaller } from '../../src/sync/aws/caller.js';
import {
  clientOptionsFromEnv,
  commonPrefix,
  missingTags,
  readCurrentSettings,
  sameKmsKey,
  settingsChange,
} from '../../src/sync/migrate/index.js';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { createSecretsManagerClient } from '../../src/sync/aws/client.js';

const migratedTag = { Key: 'migrated-from', Value: 'env' };
const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('comparing settings', () => {
  it('matches a KMS key given as id, alias or ARN against what AWS shows', () => {
    expect(sameKmsKey(undefined, 'alias/aws/secretsmanager')).toBe(true);
    expect(sameKmsKey(undefined, '')).toBe(true);
    expect(sameKmsKey(keyArn, '1234abcd-12ab-34cd-56ef-1234567890ab')).toBe(true);
    expect(sameKmsKey(keyArn, keyArn)).toBe(true);
    expect(sameKmsKey('arn:aws:kms:us-east-1:123456789012:alias/app', 'alias/app')).toBe(true);
    expect(sameKmsKey('alias/app', 'arn:aws:kms:us-east-1:123456789012:alias/app')).toBe(true);
    // Two ARNs must be equal: the same alias name in another account is another key.
    expect(
      sameKmsKey(
        'arn:aws:kms:us-east-1:111111111111:alias/app',
        'arn:aws:kms:us-east-1:222222222222:alias/app',
      ),
    ).toBe(false);
    expect(sameKmsKey(undefined, 'alias/app')).toBe(false);
    expect(sameKmsKey(keyArn, 'alias/app')).toBe(false);
  });

  it('lists only the tags that are missing or differ, and settings only when asked for', () => {
    const current = [migratedTag, { Key: 'team', Value: 'web' }, { Key: 'owner', Value: 'x' }];
    expect(missingTags(current, [migratedTag, { Key: 'team', Value: 'payments' }])).toEqual([
      { Key: 'team', Value: 'payments' },
    ]);
    const known = { state: 'known' as const, tags: [migratedTag], description: 'old' };
    expect(settingsChange(known, { tags: [migratedTag] })).toEqual({ tags: [] });
    expect(
      settingsChange(known, { tags: [migratedTag], description: 'new', kmsKeyId: 'alias/app' }),
    ).toEqual({ tags: [], description: 'new', kmsKeyId: 'alias/app' });
    // An empty --description equals no description.
    expect(settingsChange({ state: 'known', tags: [] }, { tags: [], description: '' })).toEqual({
      tags: [],
    });
  });

  it('finds the prefix names share', () => {
    expect(commonPrefix(['app/prod/A_KEY', 'app/prod/A_TOKEN', 'app/prod/B'])).toBe('app/prod/');
    expect(commonPrefix(['one'])).toBe('one');
    expect(commonPrefix(['a/x', 'b/x'])).toBe('');
  });
});

describe('readCurrentSettings against the local Secrets Manager (real SDK)', () => {
  let server: SecretsManagerServer;
  beforeAll(async () => {
    server = await startSecretsManagerServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.resetCalls();
  });

  async function read(names: readonly string[], wanted = { tags: [migratedTag] }) {
    const client = createSecretsManagerClient(clientOptionsFromEnv(server.env(), {}));
    const caller = new AwsCaller({ attempts: 3, baseDelayMs: 5 }, 4);
    try {
      return await readCurrentSettings(client, caller, names, wanted);
    } finally {
      client.destroy();
    }
  }

  function seed(prefix: string, count: number, tags = [migratedTag]) {
    const names = Array.from(
      { length: count },
      (_, i) => `${prefix}K${String(i).padStart(3, '0')}`,
    );
    for (const name of names) server.put({ name, string: 'v', metadata: { tags } });
    return names;
  }

  it('reads 250 secrets in 3 ListSecrets calls, and no DescribeSecret when all are right', async () => {
    const names = seed('s1/', 250);
    const settings = await read(names);
    expect(server.calls).toEqual({ ListSecrets: 3 });
    expect(settings.size).toBe(250);
    expect(settings.get('s1/K007')).toEqual({ state: 'known', tags: [migratedTag] });
  });

  it('confirms with DescribeSecret only the secrets the list shows as different', async () => {
    const names = [...seed('s2/', 5), ...seed('s2/x', 2, [])];
    const settings = await read(names);
    expect(server.calls).toEqual({ ListSecrets: 1, DescribeSecret: 2 });
    expect(settings.get('s2/xK000')).toEqual({ state: 'known', tags: [] });
  });

  it('uses DescribeSecret for each name when ListSecrets is denied', async () => {
    const names = seed('s3/', 4);
    server.faults.denyOperation('ListSecrets');
    const settings = await read(names);
    expect(server.calls).toEqual({ ListSecrets: 1, DescribeSecret: 4 });
    expect([...settings.values()].every((s) => s.state === 'known')).toBe(true);
  });

  it('stops listing after two extra pages when the prefix holds many other secrets', async () => {
    // Others under the names' common prefix (s4/K00), created first: the list shows them first.
    seed('s4/K00x', 450);
    const names = seed('s4/', 3);
    const settings = await read(names);
    // 1 page for 3 names + 2 extra = 300 secrets listed, none of them ours: DescribeSecret each.
    expect(server.calls).toEqual({ ListSecrets: 3, DescribeSecret: 3 });
    expect(settings.size).toBe(3);
  });

  it('one secret is one DescribeSecret; a denied one is unknown, with the code', async () => {
    const [name] = seed('s5/', 1);
    expect(await read([name as string])).toEqual(
      new Map([[name, { state: 'known', tags: [migratedTag] }]]),
    );
    expect(server.calls).toEqual({ DescribeSecret: 1 });
    server.faults.denyOperation('DescribeSecret');
    expect((await read([name as string])).get(name as string)).toEqual({
      state: 'unknown',
      operation: 'DescribeSecret',
      code: 'AccessDeniedException',
      message:
        'access denied (AccessDeniedException); allow secretsmanager:DescribeSecret on this secret for the credentials in use',
    });
  });
});
