import type { CurrentSettings, MigrationSettings, SecretTag, SettingsChange } from './types.js';

const defaultKey = 'alias/aws/secretsmanager';

/** An ARN's resource part (`key/…`, `alias/…`), or undefined for anything else. */
function arnResource(id: string): string | undefined {
  if (!id.startsWith('arn:')) return undefined;
  const parts = id.split(':');
  return parts.length >= 6 ? parts.slice(5).join(':') : undefined;
}

/** `key/<id>` or `alias/<name>` for a bare key id, an alias name, or an ARN. */
function keyResource(id: string): string {
  const resource = arnResource(id) ?? id;
  return resource.startsWith('alias/') || resource.startsWith('key/')
    ? resource
    : `key/${resource}`;
}

/**
 * True when `current` (as DescribeSecret or ListSecrets shows it; undefined for the AWS managed
 * key) is the key `wanted` names. A bare id or alias matches an ARN that ends in it; two ARNs
 * must be equal, so an alias of the same name in another account is a different key. An alias
 * and the key it points to cannot be told apart without KMS: the plan then shows both.
 */
export function sameKmsKey(current: string | undefined, wanted: string): boolean {
  const now = current === undefined || current === '' ? defaultKey : current;
  const want = wanted === '' ? defaultKey : wanted;
  if (now === want) return true;
  if (now.startsWith('arn:') && want.startsWith('arn:')) return false;
  return keyResource(now) === keyResource(want);
}

/** Tags in `wanted` that `current` lacks or holds with another value. */
export function missingTags(
  current: readonly SecretTag[],
  wanted: readonly SecretTag[],
): SecretTag[] {
  const have = new Map(current.map((tag) => [tag.Key, tag.Value]));
  return wanted.filter((tag) => have.get(tag.Key) !== tag.Value);
}

/**
 * What must change on an existing secret for it to carry `wanted`: missing tags, another
 * description, another KMS key. Settings not asked for (no `--description`) are left alone, and
 * tags other than the wanted ones are kept.
 */
export function settingsChange(
  current: Extract<CurrentSettings, { state: 'known' }>,
  wanted: MigrationSettings,
): SettingsChange {
  const tags = missingTags(current.tags, wanted.tags);
  const description =
    wanted.description !== undefined && wanted.description !== (current.description ?? '')
      ? wanted.description
      : undefined;
  const kmsKeyId =
    wanted.kmsKeyId !== undefined && !sameKmsKey(current.kmsKeyId, wanted.kmsKeyId)
      ? wanted.kmsKeyId
      : undefined;
  return {
    tags,
    ...(description !== undefined ? { description } : {}),
    ...(kmsKeyId !== undefined
      ? { kmsKeyId, ...(current.kmsKeyId ? { currentKmsKeyId: current.kmsKeyId } : {}) }
      : {}),
  };
}

/** True when `change` asks for no write at all. */
export function isNoChange(change: SettingsChange): boolean {
  return (
    change.tags.length === 0 && change.description === undefined && change.kmsKeyId === undefined
  );
}
