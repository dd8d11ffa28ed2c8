import {
  DescribeSecretCommand,
  ListSecretsCommand,
  type DescribeSecretResponse,
  type Filter,
  type SecretListEntry,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { ConfigError } from '../../shared/errors.js';
import { errorCode } from '../aws/errors.js';
import type { AwsCaller } from '../aws/caller.js';
import { rotationAwsError } from './errors.js';
import type { SecretRotationFacts } from './types.js';

/** Which secrets to read: a name prefix and tags (`key=value`, `*` for any value). */
export interface SecretFilter {
  readonly prefix?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

type Entry = SecretListEntry | DescribeSecretResponse;

/** The rotation facts of a list or describe entry. */
function factsOf(entry: Entry): SecretRotationFacts {
  const tags: Record<string, string> = {};
  for (const tag of entry.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
  const days = entry.RotationRules?.AutomaticallyAfterDays;
  return {
    name: entry.Name ?? '',
    ...(entry.CreatedDate ? { createdDate: entry.CreatedDate } : {}),
    ...(entry.LastChangedDate ? { lastChangedDate: entry.LastChangedDate } : {}),
    ...(entry.LastRotatedDate ? { lastRotatedDate: entry.LastRotatedDate } : {}),
    ...(entry.NextRotationDate ? { nextRotationDate: entry.NextRotationDate } : {}),
    ...(entry.DeletedDate ? { deletedDate: entry.DeletedDate } : {}),
    rotationEnabled: entry.RotationEnabled === true,
    ...(days !== undefined ? { rotationDays: days } : {}),
    tags,
  };
}

/** True when `tags` holds every wanted tag (`*`: any value). */
function hasTags(tags: Readonly<Record<string, string>>, wanted: Record<string, string>): boolean {
  return Object.entries(wanted).every(([key, value]) =>
    value === '*' ? key in tags : tags[key] === value,
  );
}

// What ListSecrets accepts in a filter value (a leading `!` would negate it), and the characters
// of a secret name.
const filterValue = /^[a-zA-Z0-9 :_@/+=.-]+$/;
const nameCharacters = /^[A-Za-z0-9/_+=.@-]*$/;

/**
 * ListSecrets filters: the name prefix, and the tag keys that the API can filter on (values,
 * and keys it cannot take, are checked here, exactly).
 */
function filtersFor(filter: SecretFilter): Filter[] {
  const filters: Filter[] = [];
  if (filter.prefix) filters.push({ Key: 'name', Values: [filter.prefix] });
  for (const key of Object.keys(filter.tags ?? {}))
    if (filterValue.test(key)) filters.push({ Key: 'tag-key', Values: [key] });
  return filters;
}

/**
 * The rotation facts of every secret the filter selects, secrets scheduled for deletion
 * included: every ListSecrets page (100 a page), no value read. ListSecrets entries carry every
 * date, rotation setting and tag, so DescribeSecret is called only for an entry that has no date
 * at all (some emulators list names only); a secret deleted in between is dropped.
 */
export async function listRotationFacts(
  client: SecretsManagerClient,
  caller: AwsCaller,
  filter: SecretFilter = {},
): Promise<SecretRotationFacts[]> {
  const prefix = filter.prefix ?? '';
  if (!nameCharacters.test(prefix))
    throw new ConfigError(
      `prefix '${prefix}' cannot match any secret: names use only letters, digits and /_+=.@-${prefix.endsWith('*') ? ` (a prefix needs no *: '${prefix.replace(/\*+$/, '')}')` : ''}`,
    );
  const entries = new Map<string, Entry>();
  const filters = filtersFor(filter);
  let nextToken: string | undefined;
  do {
    const token = nextToken;
    const page = await caller
      .call('ListSecrets', () =>
        client.send(
          new ListSecretsCommand({
            MaxResults: 100,
            IncludePlannedDeletion: true,
            ...(filters.length > 0 ? { Filters: filters } : {}),
            ...(token ? { NextToken: token } : {}),
          }),
        ),
      )
      .catch((error: unknown) => {
        throw rotationAwsError(error, 'ListSecrets', prefix);
      });
    for (const entry of page.SecretList ?? []) {
      // The name filter is a case-sensitive prefix on AWS; emulators differ, so check again.
      if (entry.Name?.startsWith(prefix)) entries.set(entry.ARN ?? entry.Name, entry);
    }
    nextToken = page.NextToken || undefined;
  } while (nextToken);

  const completed = await caller.map([...entries.values()], (entry) =>
    complete(client, caller, entry),
  );
  return completed
    .filter((entry): entry is Entry => entry !== undefined)
    .map(factsOf)
    .filter((facts) => hasTags(facts.tags, { ...filter.tags }));
}

/** The entry itself when it has a date; otherwise its DescribeSecret answer. */
async function complete(
  client: SecretsManagerClient,
  caller: AwsCaller,
  entry: SecretListEntry,
): Promise<Entry | undefined> {
  if (entry.CreatedDate || entry.LastChangedDate || entry.LastRotatedDate) return entry;
  const id = entry.ARN ?? entry.Name ?? '';
  try {
    return await caller.call('DescribeSecret', () =>
      client.send(new DescribeSecretCommand({ SecretId: id })),
    );
  } catch (error) {
    if (errorCode(error) === 'ResourceNotFoundException') return undefined;
    throw rotationAwsError(error, 'DescribeSecret', entry.Name ?? id);
  }
}
