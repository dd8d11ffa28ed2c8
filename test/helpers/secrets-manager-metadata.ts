/**
 * What the local Secrets Manager keeps about a secret besides its versions (description, KMS key,
 * tags, rotation dates) and how DescribeSecret and ListSecrets show it, field names as in the
 * AWS API reference. Dates are epoch seconds, as the JSON 1.1 protocol sends them.
 */

/** A tag, as the API spells it. */
export interface Tag {
  Key: string;
  Value: string;
}

/** Metadata a test can seed or a write can change. */
export interface SecretMetadata {
  description?: string;
  kmsKeyId?: string;
  tags?: Tag[];
  rotationEnabled?: boolean;
  /** `RotationRules.AutomaticallyAfterDays`. */
  rotationDays?: number;
  rotationLambdaArn?: string;
  lastRotatedDate?: number;
  lastChangedDate?: number;
  lastAccessedDate?: number;
  nextRotationDate?: number;
  /** Set when the secret is scheduled for deletion. */
  deletedDate?: number;
}

/** The fields DescribeSecret and ListSecrets entries share. */
export function describeFields(meta: SecretMetadata): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    Description: meta.description,
    KmsKeyId: meta.kmsKeyId,
    RotationEnabled: meta.rotationEnabled,
    RotationLambdaARN: meta.rotationLambdaArn,
    RotationRules:
      meta.rotationDays === undefined ? undefined : { AutomaticallyAfterDays: meta.rotationDays },
    LastRotatedDate: meta.lastRotatedDate,
    LastChangedDate: meta.lastChangedDate,
    LastAccessedDate: meta.lastAccessedDate,
    NextRotationDate: meta.nextRotationDate,
    DeletedDate: meta.deletedDate,
    Tags: meta.tags && meta.tags.length > 0 ? meta.tags : undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Merges tags by key, later values winning, as TagResource does. */
export function mergeTags(current: readonly Tag[] = [], added: readonly Tag[] = []): Tag[] {
  const byKey = new Map(current.map((tag) => [tag.Key, tag.Value]));
  for (const tag of added) byKey.set(tag.Key, tag.Value);
  return [...byKey].map(([Key, Value]) => ({ Key, Value }));
}

/** ListSecrets filters: `name`, `description`, `tag-key`, `tag-value` (prefix match), `all`. */
export function matchesFilters(
  name: string,
  meta: SecretMetadata,
  filters: readonly { Key: string; Values: string[] }[],
): boolean {
  const tags = meta.tags ?? [];
  return filters.every(({ Key, Values }) =>
    Values.some((value) => {
      switch (Key) {
        case 'name':
          return name.startsWith(value);
        case 'description':
          return (meta.description ?? '').startsWith(value);
        case 'tag-key':
          return tags.some((tag) => tag.Key.startsWith(value));
        case 'tag-value':
          return tags.some((tag) => tag.Value.startsWith(value));
        case 'all':
          return [name, meta.description ?? '', ...tags.flatMap((t) => [t.Key, t.Value])].some(
            (text) => text.startsWith(value),
          );
        default:
          return false;
      }
    }),
  );
}
