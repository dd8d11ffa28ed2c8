import { randomUUID } from 'node:crypto';
import {
  CreateSecretCommand,
  PutSecretValueCommand,
  TagResourceCommand,
  UpdateSecretCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { AwsCaller } from '../aws/caller.js';
import { errorCode } from '../aws/errors.js';
import { explainMigrateFailure, type MigrateOperation } from './errors.js';
import type { MigrationSettings, PlanEntry, SettingsChange, WriteOutcome } from './types.js';

const writing = new Set(['create', 'update', 'update-settings', 'retag']);

const statusOf = {
  create: 'created',
  update: 'updated',
  'update-settings': 'settings-updated',
  retag: 'retagged',
} as const;

/**
 * Writes every create, update, update-settings and retag in `plan` and returns one outcome
 * each; a failure (access denied on one secret) is recorded and the others go on. A create
 * carries the tags, KMS key and description in its CreateSecret call. Otherwise the missing tags
 * come first (TagResource), then the value: PutSecretValue, or UpdateSecret when the description
 * or KMS key changes too (one call, so the new version is encrypted with the new key); a
 * settings-only change is an UpdateSecret without a value. A failed step stops that secret's
 * later steps, and the next run plans whatever is still missing.
 */
export async function applyMigration(
  client: SecretsManagerClient,
  caller: AwsCaller,
  plan: readonly PlanEntry[],
  settings: MigrationSettings,
): Promise<WriteOutcome[]> {
  const writes = plan.filter((entry) => writing.has(entry.action));
  return caller.map(writes, (entry) => writeOne(client, caller, entry, settings));
}

async function writeOne(
  client: SecretsManagerClient,
  caller: AwsCaller,
  entry: PlanEntry,
  settings: MigrationSettings,
): Promise<WriteOutcome> {
  const name = entry.item.secretName;
  // One token per write, reused by every retry, so a retried write is not applied twice.
  const token = randomUUID();
  let operation: MigrateOperation = 'CreateSecret';
  const step = <T>(op: MigrateOperation, send: () => Promise<T>): Promise<T> => {
    operation = op;
    return caller.call(op, send);
  };
  try {
    if (entry.action === 'create') {
      await step('CreateSecret', () =>
        client.send(
          new CreateSecretCommand({
            Name: name,
            SecretString: entry.secretString as string,
            ClientRequestToken: token,
            Tags: settings.tags.map((tag) => ({ ...tag })),
            ...(settings.kmsKeyId ? { KmsKeyId: settings.kmsKeyId } : {}),
            ...(settings.description ? { Description: settings.description } : {}),
          }),
        ),
      );
      return { entry, status: 'created' };
    }
    const changes: SettingsChange = entry.changes ?? { tags: [] };
    if (changes.tags.length > 0)
      await step('TagResource', () =>
        client.send(
          new TagResourceCommand({ SecretId: name, Tags: changes.tags.map((t) => ({ ...t })) }),
        ),
      );
    const settingsPart = {
      ...(changes.description !== undefined ? { Description: changes.description } : {}),
      ...(changes.kmsKeyId !== undefined ? { KmsKeyId: changes.kmsKeyId } : {}),
    };
    const value =
      entry.action === 'update'
        ? { SecretString: entry.secretString as string, ClientRequestToken: token }
        : {};
    if (Object.keys(settingsPart).length > 0)
      await step('UpdateSecret', () =>
        client.send(new UpdateSecretCommand({ SecretId: name, ...value, ...settingsPart })),
      );
    else if (entry.action === 'update')
      await step('PutSecretValue', () =>
        client.send(new PutSecretValueCommand({ SecretId: name, ...value })),
      );
    return { entry, status: statusOf[entry.action as keyof typeof statusOf] };
  } catch (error) {
    return {
      entry,
      status: 'failed',
      operation,
      code: errorCode(error),
      message: explainMigrateFailure(error, operation),
    };
  }
}
