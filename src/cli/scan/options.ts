import { UsageError } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';
import { reportFormats, type ReportFormat } from '../../scanner/report/index.js';

/** The `scan` command line, parsed and checked. */
export interface ScanOptions {
  help: boolean;
  format: ReportFormat;
  output?: string;
  config?: string;
  excludeFiles: string[];
  excludeLines: string[];
  excludeSecrets: string[];
  /** Worker threads; undefined lets the scan decide from the number of files. */
  jobs?: number;
  verbose: boolean;
  /** `--baseline FILE`: create or update this detect-secrets baseline. */
  baseline?: string;
  /** `--timestamp`: set the baseline's `generated_at` to now. */
  timestamp: boolean;
  paths: string[];
  /** `--diff BASE..HEAD`: scan the lines each commit of the range added. */
  diff?: string;
  /** `--history`: scan every commit reachable from `logOpts` (default `--all`). */
  history?: boolean;
  /** `--log-opts "…"`: git rev-list arguments for --history (revisions, `--since=…`). */
  logOpts?: string;
  /** `--shard i/n`: scan the i-th of n equal parts of the commit list. */
  shard?: string;
}

/** Parses `scan`'s arguments; strict, so a misspelt option is an error rather than a path. */
export function parseScanOptions(argv: readonly string[]): ScanOptions {
  const parsed = parseCommandArgs('scan', argv, {
    help: { type: 'boolean', short: 'h', default: false },
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'exclude-files': { type: 'string', multiple: true, default: [] },
    'exclude-lines': { type: 'string', multiple: true, default: [] },
    'exclude-secrets': { type: 'string', multiple: true, default: [] },
    jobs: { type: 'string', short: 'j' },
    verbose: { type: 'boolean', default: false },
    baseline: { type: 'string', short: 'b' },
    timestamp: { type: 'boolean', default: false },
    diff: { type: 'string' },
    history: { type: 'boolean', default: false },
    'log-opts': { type: 'string' },
    shard: { type: 'string' },
  });
  const { values, positionals } = parsed;
  const format = values.format;
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${reportFormats.join(', ')}, not '${format}'`);
  }
  if (values.timestamp && values.baseline === undefined)
    throw new UsageError('--timestamp applies to --baseline only');
  checkHistoryOptions(values);
  return {
    help: values.help,
    format: format as ReportFormat,
    ...(values.output !== undefined && { output: nonEmpty(values.output, '--output') }),
    ...(values.config !== undefined && { config: nonEmpty(values.config, '--config') }),
    excludeFiles: values['exclude-files'],
    excludeLines: values['exclude-lines'],
    excludeSecrets: values['exclude-secrets'],
    ...(values.jobs !== undefined && { jobs: parseJobs(values.jobs) }),
    verbose: values.verbose,
    ...(values.baseline !== undefined && { baseline: nonEmpty(values.baseline, '--baseline') }),
    timestamp: values.timestamp,
    paths: positionals,
    ...(values.diff !== undefined && { diff: nonEmpty(values.diff, '--diff') }),
    history: values.history,
    ...(values['log-opts'] !== undefined && { logOpts: values['log-opts'] }),
    ...(values.shard !== undefined && { shard: values.shard }),
  };
}

/** The combinations of --diff and --history with other options that make no sense. */
function checkHistoryOptions(values: {
  diff?: string;
  history: boolean;
  'log-opts'?: string;
  shard?: string;
  timestamp: boolean;
}): void {
  if (values.diff !== undefined && values.history)
    throw new UsageError('--diff and --history exclude each other: pick one');
  const git = values.diff !== undefined || values.history;
  if (values['log-opts'] !== undefined && !values.history)
    throw new UsageError('--log-opts applies to --history only (--diff takes BASE..HEAD)');
  if (values.shard !== undefined && !git)
    throw new UsageError('--shard applies to --diff and --history only');
  if (values.timestamp && git)
    throw new UsageError(
      '--timestamp writes a baseline; with --diff or --history, --baseline is only read',
    );
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, not '${value}'`);
  }
  return Number(value);
}

function nonEmpty(value: string, option: string): string {
  if (value.length === 0) throw new UsageError(`${option} needs a file name`);
  return value;
}
