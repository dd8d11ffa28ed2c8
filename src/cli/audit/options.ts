import { UsageError } from '../../shared/errors.js';
import type { AuditLabel } from './entries.js';
import { parseCommandArgs } from '../args.js';

/** What `audit` was asked to do. */
export type AuditMode = 'interactive' | 'report' | 'stats';

/** The `audit` command line, parsed and checked. */
export interface AuditOptions {
  help: boolean;
  mode: AuditMode;
  json: boolean;
  /** Labels the report keeps; empty keeps every entry. */
  only: AuditLabel[];
  /** Interactive: walk labelled entries too, after the unlabelled ones. */
  all: boolean;
  baseline: string;
}

/** Parses `audit`'s arguments; strict, so a misspelt option is an error rather than a file name. */
export function parseAuditOptions(argv: readonly string[]): AuditOptions {
  const parsed = parseCommandArgs('audit', argv, {
    help: { type: 'boolean', short: 'h', default: false },
    report: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'only-real': { type: 'boolean', default: false },
    'only-false': { type: 'boolean', default: false },
    'only-unaudited': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  });
  const { values, positionals } = parsed;
  const only: AuditLabel[] = [];
  if (values['only-real']) only.push('real');
  if (values['only-false']) only.push('false-positive');
  if (values['only-unaudited']) only.push('unaudited');
  const base = { help: values.help, json: values.json, only, all: values.all };
  if (values.help) return { ...base, mode: 'interactive', baseline: '' };
  if (values.report && values.stats) throw usage('--report and --stats cannot be combined');
  const mode: AuditMode = values.report ? 'report' : values.stats ? 'stats' : 'interactive';
  if (values.json && mode === 'interactive') throw usage('--json goes with --report or --stats');
  if (only.length > 0 && mode !== 'report')
    throw usage('--only-real, --only-false and --only-unaudited go with --report');
  if (values.all && mode !== 'interactive')
    throw usage('--all is for the interactive audit (reports always list every entry)');
  if (positionals.length !== 1) {
    throw usage(
      positionals.length === 0
        ? 'audit needs the baseline file, e.g. `secrets-action audit .secrets.baseline`'
        : `audit takes one baseline file, not ${positionals.length}`,
    );
  }
  const baseline = positionals[0] as string;
  if (baseline.length === 0) throw usage('the baseline file name is empty');
  return { ...base, mode, baseline };
}

function usage(message: string): UsageError {
  return new UsageError(`${message}\nRun \`secrets-action audit --help\` for the options.`);
}
