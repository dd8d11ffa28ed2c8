import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BaselineError, CliError, ExitCode, IoError, UsageError } from '../../shared/errors.js';
import {
  mergeBaselines,
  parseBaseline,
  writeBaselineAtomic,
  type Baseline,
} from '../../scanner/baseline/index.js';
import { mergeBaselineHelp } from '../help.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../args.js';

/**
 * A side of the merge that is not a usable baseline: exit 1, which git reports as a conflict
 * (the file is then left with git's own conflict markers for a person to resolve).
 */
export class UnmergeableBaselineError extends CliError {
  override readonly name = 'UnmergeableBaselineError';
  readonly exitCode = ExitCode.findings;
}

/**
 * `secrets-action merge-baseline BASE OURS THEIRS [PATH]`: git's merge driver for
 * `.secrets.baseline`. Merges by entry identity rather than by line and writes the result over
 * OURS, atomically, in the canonical layout.
 */
export async function mergeBaselineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('merge-baseline', argv, {
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (parsed.values.help) {
    io.stdout(mergeBaselineHelp);
    return ExitCode.clean;
  }
  const [basePath, oursPath, theirsPath, shownPath] = parsed.positionals;
  if (theirsPath === undefined || parsed.positionals.length > 4)
    throw new UsageError(
      'merge-baseline takes BASE OURS THEIRS and an optional PATH (git passes %O %A %B %P); ' +
        'run `secrets-action merge-baseline --help` for the setup',
    );
  const shown = shownPath ?? '.secrets.baseline';
  const [base, ours, theirs] = await Promise.all([
    readSide(io.cwd, basePath as string, shown, 'the common ancestor', true),
    readSide(io.cwd, oursPath as string, shown, 'ours', false),
    readSide(io.cwd, theirsPath, shown, 'theirs', false),
  ]);
  const merged = mergeBaselines(base, ours as Baseline, theirs as Baseline);
  for (const warning of merged.warnings) io.stderr(`warning: ${shown}: ${warning}\n`);
  await writeBaselineAtomic(resolve(io.cwd, oursPath as string), merged.baseline, shown);
  return ExitCode.clean;
}

/**
 * One side, parsed. The ancestor may be empty (git passes an empty file when both sides added
 * the baseline); a side that cannot be parsed stops the merge with exit 1.
 */
async function readSide(
  cwd: string,
  path: string,
  shown: string,
  side: string,
  mayBeEmpty: boolean,
): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new IoError(`cannot read ${side} of ${shown} from ${path} (${code})`);
  }
  if (mayBeEmpty && text.trim() === '') return undefined;
  try {
    return parseBaseline(text, shown);
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    throw new UnmergeableBaselineError(
      `cannot merge ${shown}: ${side}: ${error.message}\n` +
        'git leaves the file conflicted for you to resolve.',
    );
  }
}
