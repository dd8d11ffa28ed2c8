import { ListSecretsCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsCaller } from './caller.js';

/** A secret a prefix matched: its name and ARN. */
export interface ListedSecret {
  readonly name: string;
  readonly arn: string;
}

/**
 * Every secret whose name starts with `prefix`, following `NextToken` to the last page (the AWS
 * action stops at 100), sorted by name so runs are repeatable.
 */
export async function listByPrefix(
  client: SecretsManagerClient,
  caller: AwsCaller,
  prefix: string,
): Promise<ListedSecret[]> {
  const found = new Map<string, ListedSecret>();
  let nextToken: string | undefined;
  do {
    const page = await caller.call('ListSecrets', () =>
      client.send(
        new ListSecretsCommand({
          Filters: [{ Key: 'name', Values: [prefix] }],
          MaxResults: 100,
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      ),
    );
    for (const entry of page.SecretList ?? []) {
      // The name filter is a case-sensitive prefix on AWS; emulators differ, so check again.
      if (entry.Name?.startsWith(prefix) && entry.ARN) {
        found.set(entry.ARN, { name: entry.Name, arn: entry.ARN });
      }
    }
    nextToken = page.NextToken || undefined;
  } while (nextToken);
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
