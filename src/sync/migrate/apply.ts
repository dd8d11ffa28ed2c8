import { randomUUID } from 'node:crypto';
import {
  CreateSecretCommand,
  PutSecretValueCommand,
  TagResourceCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { AwsCaller } from '../aws/caller.js';
import { explainMigrateFailure, type MigrateOperation } from './errors.js';
import type { MigrationSettings, PlanEntry, WriteOutcome } from './types.js';

/**
 * Writes every create and update in `plan` and returns one outcome each; a failure (access
 * denied on one secret) is recorded and the others go on. Creates carry the tags, KMS key and
 * description in the CreateSecret call; updates tag first and then put the value, so a failed
 * tagging leaves the item to be retried by the next run instead of silently untagged.
 */
export async function applyMigration(
  client: SecretsManagerClient,
  caller: AwsCaller,
  plan: readonly PlanEntry[],
  settings: MigrationSettings,
): Promise<WriteOutcome[]> {
  const writes = plan.filter((entry) => entry.action === 'create' || entry.action === 'update');
  return caller.map(writes, (entry) => writeOne(client, caller, entry, settings));
}

async function writeOne(
  client: SecretsManagerClient,
  caller: AwsCaller,
  entry: PlanEntry,
  settings: MigrationSettings,
): Promise<WriteOutcome> {
  const name = entry.item.secretName;
  const value = entry.secretString as string;
  // One token per write, reused by every retry, so a retried write is not applied twice.
  const token = randomUUID();
  let operation: MigrateOperation = entry.action === 'create' ? 'CreateSecret' : 'TagResource';
  try {
    if (entry.action === 'create') {
      await caller.call('CreateSecret', () =>
        client.send(
          new CreateSecretCommand({
            Name: name,
            SecretString: value,
            ClientRequestToken: token,
            Tags: settings.tags.map((tag) => ({ ...tag })),
            ...(settings.kmsKeyId ? { KmsKeyId: settings.kmsKeyId } : {}),
            ...(settings.description ? { Description: settings.description } : {}),
          }),
        ),
      );
      return { entry, status: 'created' };
    }
    await caller.call('TagResource', () =>
      client.send(
        new TagResourceCommand({
          SecretId: name,
          Tags: settings.tags.map((tag) => ({ ...tag })),
        }),
      ),
    );
    operation = 'PutSecretValue';
    await caller.call('PutSecretValue', () =>
      client.send(
        new PutSecretValueCommand({
          SecretId: name,
          SecretString: value,
          ClientRequestToken: token,
        }),
      ),
    );
    return { entry, status: 'updated' };
  } catch (error) {
    return { entry, status: 'failed', message: explainMigrateFailure(error, operation) };
  }
}
