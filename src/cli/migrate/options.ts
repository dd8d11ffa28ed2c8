import { UsageError } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';

/** Every `migrate` option, checked. */
export interface MigrateOptions {
  readonly help: boolean;
  readonly envFile: string;
  readonly prefix: string;
  readonly group?: string;
  /** `migrated-from=env` first, then each `--tag` (a later key replaces an earlier one). */
  readonly tags: readonly { Key: string; Value: string }[];
  readonly kmsKeyId?: string;
  readonly description?: string;
  readonly dryRun: boolean;
  readonly rewrite: boolean;
  readonly only?: readonly string[];
  readonly region?: string;
  readonly endpoint?: string;
  /** `text` (tables for people) or `json` (one document on stdout, for scripts). */
  readonly format: 'text' | 'json';
}

/** Parses and checks `migrate`'s arguments; every problem is a UsageError naming the option. */
export function parseMigrateOptions(argv: readonly string[]): MigrateOptions {
  const { values, positionals } = parseCommandArgs('migrate', argv, {
    'env-file': { type: 'string', default: '.env' },
    prefix: { type: 'string' },
    group: { type: 'string' },
    tag: { type: 'string', multiple: true },
    'kms-key-id': { type: 'string' },
    description: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    rewrite: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    region: { type: 'string' },
    endpoint: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'text' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true } as MigrateOptions;
  if (positionals.length > 0)
    throw new UsageError(
      `migrate takes no file arguments ('${positionals[0]}'); name the file with --env-file`,
    );
  if (values.prefix === undefined)
    throw new UsageError(
      'migrate needs --prefix, the start of every secret name (such as app/production/)',
    );
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, not '${values.format}'`);
  if (values.group !== undefined && values.group.trim() === '')
    throw new UsageError('--group needs a name (such as api-keys)');
  const only = values.only
    ?.flatMap((list) => list.split(','))
    .map((key) => key.trim())
    .filter((key) => key !== '');
  if (values.only && (!only || only.length === 0))
    throw new UsageError('--only needs one or more keys, separated by commas');
  return {
    help: false,
    envFile: values['env-file'],
    prefix: values.prefix,
    ...(values.group !== undefined ? { group: values.group } : {}),
    tags: parseTags(values.tag ?? []),
    ...(values['kms-key-id'] ? { kmsKeyId: values['kms-key-id'] } : {}),
    ...(values.description !== undefined ? { description: values.description } : {}),
    dryRun: values['dry-run'],
    rewrite: values.rewrite,
    ...(only ? { only: [...new Set(only)] } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    format: values.format,
  };
}

/** `k=v` tags after `migrated-from=env`; AWS allows keys of 1–128 and values of 0–256 characters. */
function parseTags(raw: readonly string[]): { Key: string; Value: string }[] {
  const tags = new Map<string, string>([['migrated-from', 'env']]);
  for (const tag of raw) {
    const eq = tag.indexOf('=');
    const key = eq === -1 ? '' : tag.slice(0, eq).trim();
    if (key === '')
      throw new UsageError(`--tag '${tag}' is not KEY=VALUE (such as --tag team=payments)`);
    const value = tag.slice(eq + 1);
    if (key.length > 128 || value.length > 256)
      throw new UsageError(
        `--tag ${key}: AWS allows keys of at most 128 and values of at most 256 characters`,
      );
    if (key.toLowerCase().startsWith('aws:'))
      throw new UsageError(`--tag ${key}: the aws: prefix is reserved for AWS`);
    tags.set(key, value);
  }
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}
