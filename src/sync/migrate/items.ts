import type { MigrationItem } from './types.js';

/** Secrets Manager's limit on a SecretString, in bytes. */
export const MAX_SECRET_BYTES = 65_536;

const secretNamePattern = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

/** Why `name` is not a valid Secrets Manager name, if it is not. */
export function secretNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 512) return `is ${name.length} characters long (at most 512)`;
  if (!secretNamePattern.test(name))
    return 'has characters AWS does not allow in a secret name (only A-Z a-z 0-9 / _ + = . @ -)';
  return undefined;
}

/** The key/value pairs to migrate, and where they go. */
export interface ItemOptions {
  readonly prefix: string;
  /** Put every key in one JSON secret named prefix + group. */
  readonly group?: string;
}

/**
 * The secrets to write for `pairs` (one per key, or one JSON group), and every reason they
 * cannot be written: an invalid name, a value over 64 KB, a key twice. All are checked before
 * any write, and each problem names the key, never the value.
 */
export function buildItems(
  pairs: readonly { key: string; value: string }[],
  options: ItemOptions,
): { items: MigrationItem[]; issues: string[] } {
  const issues: string[] = [];
  const seen = new Set<string>();
  for (const { key } of pairs) {
    if (seen.has(key)) issues.push(`${key}: selected twice`);
    seen.add(key);
  }
  if (options.group !== undefined) {
    const secretName = options.prefix + options.group;
    const problem = secretNameProblem(secretName);
    if (problem) issues.push(`--group: the secret name ${secretName} ${problem}`);
    const value = Object.fromEntries(pairs.map(({ key, value }) => [key, value]));
    const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
    if (bytes > MAX_SECRET_BYTES) {
      const largest = [...pairs]
        .sort((a, b) => Buffer.byteLength(b.value) - Buffer.byteLength(a.value))
        .slice(0, 3)
        .map((p) => p.key);
      issues.push(
        `--group ${options.group}: the JSON object is ${bytes} bytes, over the 65,536-byte limit; the largest values are ${largest.join(', ')}: migrate those on their own (--only) or split the group`,
      );
    }
    return {
      items: [{ secretName, kind: 'group', keys: pairs.map((p) => p.key), value }],
      issues,
    };
  }
  const items: MigrationItem[] = [];
  for (const { key, value } of pairs) {
    const secretName = options.prefix + key;
    const problem = secretNameProblem(secretName);
    if (problem) issues.push(`${key}: the secret name ${secretName} ${problem}`);
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > MAX_SECRET_BYTES)
      issues.push(`${key}: the value is ${bytes} bytes, over Secrets Manager's 65,536-byte limit`);
    items.push({ secretName, kind: 'single', keys: [key], value });
  }
  return { items, issues };
}
