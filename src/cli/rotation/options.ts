import { parseDays, parseIsoInstant, parseTagFilters } from '../../sync/rotation/index.js';
import { UsageError } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';

/** The options of `secrets-action rotation`, validated. */
export interface RotationOptions {
  readonly help: boolean;
  readonly policy: string;
  readonly prefix?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly format: 'text' | 'json';
  readonly failOnOverdue: boolean;
  readonly warnDays?: number;
  readonly now: Date;
  readonly region?: string;
  readonly endpoint?: string;
}

/** Parses the command line; `clock` gives the time when `--now` is not set. */
export function parseRotationOptions(
  argv: readonly string[],
  clock: () => Date = () => new Date(),
): RotationOptions {
  const { values, positionals } = parseCommandArgs('rotation', argv, {
    policy: { type: 'string', short: 'p' },
    prefix: { type: 'string' },
    tag: { type: 'string', multiple: true, default: [] },
    format: { type: 'string', short: 'f', default: 'text' },
    'fail-on-overdue': { type: 'boolean', default: false },
    'warn-days': { type: 'string' },
    now: { type: 'string' },
    region: { type: 'string' },
    endpoint: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const base = { tags: {}, format: 'text', failOnOverdue: false, now: clock() } as const;
  if (values.help) return { ...base, help: true, policy: '' };
  if (positionals.length > 0)
    throw new UsageError(
      `rotation takes no arguments (got '${positionals[0]}'); pass the policy with --policy FILE`,
    );
  if (values.policy === undefined || values.policy === '')
    throw new UsageError(
      'rotation needs --policy FILE (a YAML policy: rules of name globs or tags → max-age); run `secrets-action rotation --help`',
    );
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`--format must be text or json, got '${values.format}'`);
  const tags = parseTagFilters(values.tag);
  if ('problem' in tags) throw new UsageError(`--tag: ${tags.problem}`);
  let warnDays: number | undefined;
  if (values['warn-days'] !== undefined) {
    const text = values['warn-days'];
    const parsed = text.trim() === '0' ? { days: 0 } : parseDays(text);
    if ('problem' in parsed) throw new UsageError(`--warn-days: ${parsed.problem}`);
    warnDays = parsed.days;
  }
  let now = base.now;
  if (values.now !== undefined) {
    const parsed = parseIsoInstant(values.now);
    if (!parsed)
      throw new UsageError(
        `--now must be an ISO 8601 date (2025-01-31) or date-time with a zone (2025-01-31T12:00:00Z), got '${values.now}'`,
      );
    now = parsed;
  }
  if (values.endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(values.endpoint))
    throw new UsageError(`--endpoint must be an http(s) URL, got '${values.endpoint}'`);
  return {
    help: false,
    policy: values.policy,
    ...(values.prefix ? { prefix: values.prefix } : {}),
    tags: tags.tags,
    format: values.format,
    failOnOverdue: values['fail-on-overdue'],
    ...(warnDays !== undefined ? { warnDays } : {}),
    now,
    ...(values.region ? { region: values.region } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
  };
}
