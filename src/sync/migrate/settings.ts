import {
  DescribeSecretCommand,
  ListSecretsCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { AwsCaller } from '../aws/caller.js';
import { errorCode } from '../aws/errors.js';
import { explainMigrateFailure } from './errors.js';
import { isNoChange, settingsChange } from './settings-diff.js';
import type { CurrentSettings, MigrationSettings, SecretTag } from './types.js';

const pageSize = 100;
/** Pages read past the ones the names need: secrets of others under the same prefix. */
const extraPages = 2;

type Known = Extract<CurrentSettings, { state: 'known' }>;

interface Described {
  Tags?: { Key?: string; Value?: string }[];
  Description?: string;
  KmsKeyId?: string;
}

function toKnown(entry: Described): Known {
  const tags: SecretTag[] = (entry.Tags ?? [])
    .filter((tag) => tag.Key !== undefined)
    .map((tag) => ({ Key: tag.Key as string, Value: tag.Value ?? '' }));
  return {
    state: 'known',
    tags,
    ...(entry.Description !== undefined ? { description: entry.Description } : {}),
    ...(entry.KmsKeyId ? { kmsKeyId: entry.KmsKeyId } : {}),
  };
}

/** The longest prefix every name shares. */
export function commonPrefix(names: readonly string[]): string {
  if (names.length === 0) return '';
  let prefix = names[0] as string;
  for (const name of names) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/**
 * The tags, description and KMS key of every existing secret in `names`, at the fewest calls:
 * ListSecrets with a `name` filter on the names' common prefix answers for 100 secrets a call;
 * it stops after the pages the names need plus two (a prefix shared with many other secrets
 * then costs at most two extra calls). DescribeSecret answers for each name the list did not
 * show (it lags behind writes by minutes), for every name when ListSecrets is not allowed, and
 * for each name the list shows as needing a change: a write is planned only on what
 * DescribeSecret says, so a lagging list never causes one.
 */
export async function readCurrentSettings(
  client: SecretsManagerClient,
  caller: AwsCaller,
  names: readonly string[],
  wanted: MigrationSettings,
): Promise<Map<string, CurrentSettings>> {
  const listed = names.length > 1 ? await listSettings(client, caller, names) : new Map();
  const settled = new Map<string, CurrentSettings>();
  for (const [name, known] of listed)
    if (isNoChange(settingsChange(known, wanted))) settled.set(name, known);
  const rest = names.filter((name) => !settled.has(name));
  const described = await caller.map(rest, (name) => describeSettings(client, caller, name));
  rest.forEach((name, i) => settled.set(name, described[i] as CurrentSettings));
  return settled;
}

/** What ListSecrets shows for `names` (some may be missing); empty when it cannot be used. */
async function listSettings(
  client: SecretsManagerClient,
  caller: AwsCaller,
  names: readonly string[],
): Promise<Map<string, Known>> {
  const wanted = new Set(names);
  const found = new Map<string, Known>();
  const prefix = commonPrefix(names);
  if (prefix === '') return found;
  const budget = Math.ceil(names.length / pageSize) + extraPages;
  let nextToken: string | undefined;
  let pages = 0;
  try {
    do {
      const page = await caller.call('ListSecrets', () =>
        client.send(
          new ListSecretsCommand({
            Filters: [{ Key: 'name', Values: [prefix] }],
            MaxResults: pageSize,
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
        ),
      );
      pages++;
      for (const entry of page.SecretList ?? [])
        if (entry.Name !== undefined && wanted.has(entry.Name))
          found.set(entry.Name, toKnown(entry));
      nextToken = page.NextToken || undefined;
    } while (nextToken && found.size < wanted.size && pages < budget);
  } catch {
    // Not allowed (ListSecrets needs a policy on *) or failing: DescribeSecret answers instead.
  }
  return found;
}

async function describeSettings(
  client: SecretsManagerClient,
  caller: AwsCaller,
  name: string,
): Promise<CurrentSettings> {
  try {
    const described = await caller.call('DescribeSecret', () =>
      client.send(new DescribeSecretCommand({ SecretId: name })),
    );
    return toKnown(described);
  } catch (error) {
    return {
      state: 'unknown',
      operation: 'DescribeSecret',
      code: errorCode(error),
      message: explainMigrateFailure(error, 'DescribeSecret'),
    };
  }
}
