import { parseShard, type Shard } from '../../scanner/sources/git-log-range.js';
import { InputError, booleanInput, optional } from '../inputs.js';

/** What to scan: chosen from the event (`auto`) or forced. */
export type ScanMode = 'auto' | 'diff' | 'tree' | 'history';

/** When the step fails: on findings the baseline does not cover, on any, or never. */
export type FailOn = 'new' | 'any' | 'none';

/** Every input of scan/action.yml, validated and with its documented default applied. */
export interface ScanInputs {
  mode: ScanMode;
  history: boolean;
  base?: string;
  head?: string;
  logOpts?: string;
  shard?: Shard;
  baseline?: string;
  config?: string;
  failOn: FailOn;
  sarifFile?: string;
  annotations: boolean;
  workingDirectory: string;
  deepen: boolean;
}

/** One of a fixed set of words, or the fallback when empty. */
function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = (optional(name) ?? fallback) as T;
  if (!allowed.includes(value))
    throw new InputError(`Input '${name}' must be ${allowed.join(', ')}, got '${value}'.`);
  return value;
}

/** A revision name: no spaces or option-like text, since it is passed to git as an argument. */
function revisionInput(name: string): string | undefined {
  const value = optional(name);
  if (value !== undefined && !/^[\w./@^~{}-]+$/.test(value)) {
    throw new InputError(`Input '${name}' must be a commit id or ref name, got '${value}'.`);
  }
  if (value?.startsWith('-'))
    throw new InputError(`Input '${name}' must be a commit id or ref name, got '${value}'.`);
  return value;
}

/** Reads and validates every input; throws {@link InputError} naming the first bad one. */
export function readScanInputs(): ScanInputs {
  const mode = choice<ScanMode>('mode', ['auto', 'diff', 'tree', 'history'], 'auto');
  const base = revisionInput('base');
  const head = revisionInput('head');
  if (head !== undefined && base === undefined)
    throw new InputError("Input 'head' needs 'base' too: the range scanned is base..head.");
  const shardText = optional('shard');
  let shard: Shard | undefined;
  try {
    shard = shardText === undefined ? undefined : parseShard(shardText, "Input 'shard'");
  } catch (error) {
    throw new InputError(`${(error as Error).message}.`);
  }
  if (shard !== undefined && mode === 'tree')
    throw new InputError("Input 'shard' splits commits: it does not apply to mode: tree.");
  return {
    mode,
    history: booleanInput('history', false),
    ...(base !== undefined && { base }),
    ...(head !== undefined && { head }),
    ...(optional('log-opts') !== undefined && { logOpts: optional('log-opts') }),
    ...(shard !== undefined && { shard }),
    ...(optional('baseline') !== undefined && { baseline: optional('baseline') }),
    ...(optional('config') !== undefined && { config: optional('config') }),
    failOn: choice<FailOn>('fail-on', ['new', 'any', 'none'], 'new'),
    ...(optional('sarif-file') !== undefined && { sarifFile: optional('sarif-file') }),
    annotations: booleanInput('annotations', true),
    workingDirectory: optional('working-directory') ?? '.',
    deepen: booleanInput('deepen', true),
  };
}
