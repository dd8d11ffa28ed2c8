import { UsageError } from '../../shared/errors.js';
import { parseCommandArgs } from '../args.js';

/** The `hook` command line, parsed and checked. */
export interface HookOptions {
  help: boolean;
  /** Findings in it pass; without it every finding fails the commit. */
  baseline?: string;
  json: boolean;
  /** Also fail on findings whose baseline entry has no `is_secret` label yet. */
  failOnUnaudited: boolean;
  /** Also fail on findings whose baseline entry is labelled a real secret. */
  failOnReal: boolean;
  config?: string;
  /** Files to check (pre-commit passes the staged ones); none means every staged file. */
  paths: string[];
}

/** Parses `hook`'s arguments; strict, so a misspelt option is an error rather than a path. */
export function parseHookOptions(argv: readonly string[]): HookOptions {
  const parsed = parseCommandArgs('hook', argv, {
    help: { type: 'boolean', short: 'h', default: false },
    baseline: { type: 'string', short: 'b' },
    json: { type: 'boolean', default: false },
    'fail-on-unaudited': { type: 'boolean', default: false },
    'fail-on-real': { type: 'boolean', default: false },
    config: { type: 'string', short: 'c' },
  });
  const { values, positionals } = parsed;
  for (const option of ['baseline', 'config'] as const)
    if (values[option] === '') throw new UsageError(`--${option} needs a file name`);
  return {
    help: values.help,
    ...(values.baseline !== undefined && { baseline: values.baseline }),
    json: values.json,
    failOnUnaudited: values['fail-on-unaudited'],
    failOnReal: values['fail-on-real'],
    ...(values.config !== undefined && { config: values.config }),
    paths: positionals,
  };
}
