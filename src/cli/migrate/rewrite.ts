import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { IoError } from '../../shared/errors.js';
import { exampleText, removeEntries } from '../../sync/env/index.js';
import type { LoadedEnvFile } from '../env/load.js';
import { writeFileAtomic } from './atomic.js';
import { ensureIgnored, type IgnoreResult } from './gitignore.js';

/** What `--rewrite` did; paths are absolute. */
export interface RewriteResult {
  /** The keys taken out of the `.env`, in file order (none when only the ignore was checked). */
  readonly removed: readonly string[];
  /** The example file and whether it was written, merged into, or already complete. */
  readonly example?: { readonly path: string; readonly action: 'written' | 'merged' | 'already' };
  readonly ignore: IgnoreResult;
}

/**
 * `--rewrite`, once every selected key is in AWS: the `.env` without the migrated entries
 * (atomically, same mode; comments and other keys byte for byte), the example file with every
 * key and no values (merged into a hand-made one), and the `.env` ignored by git.
 */
export async function rewriteEnvFiles(
  file: LoadedEnvFile,
  migrated: ReadonlySet<string>,
): Promise<RewriteResult> {
  // Re-read: refuse to overwrite edits made while the AWS calls ran.
  const now = await readFile(file.path, 'utf8');
  if (now !== file.text)
    throw new IoError(
      `${file.shown} changed while migrate ran, so it was not rewritten; run migrate --rewrite again (written secrets are then unchanged)`,
    );
  const entries = file.entries.map((e) => e.entry);
  await writeFileAtomic(file.path, removeEntries(file.text, entries, migrated), file.mode);
  const removed = entries.map((entry) => entry.key).filter((key) => migrated.has(key));

  const examplePath = join(dirname(file.path), `${basename(file.path)}.example`);
  let existing: string | undefined;
  try {
    existing = await readFile(examplePath, 'utf8');
  } catch {
    existing = undefined;
  }
  const example = exampleText([...new Set(entries.map((entry) => entry.key))], existing);
  if (example !== undefined) await writeFileAtomic(examplePath, example, 0o644);
  const action = example === undefined ? 'already' : existing === undefined ? 'written' : 'merged';
  return {
    removed,
    example: { path: examplePath, action },
    ignore: await ensureIgnored(file.path),
  };
}

/**
 * `--rewrite` on a file with no secrets to migrate: nothing to remove and no example to write,
 * but the `.env` (configuration, or the keys left after an earlier rewrite) is still made
 * ignored by git, since a secret added to it later must not be committed.
 */
export async function ignoreEnvFile(file: LoadedEnvFile): Promise<RewriteResult> {
  return { removed: [], ignore: await ensureIgnored(file.path) };
}

/** The lines to print for `result`, paths relative to `cwd`. */
export function rewriteLines(result: RewriteResult, file: LoadedEnvFile, cwd: string): string[] {
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const lines: string[] = [];
  const count = result.removed.length;
  if (result.example)
    lines.push(`${file.shown}: removed ${count} migrated key${count === 1 ? '' : 's'}`);
  if (result.example?.action === 'already')
    lines.push(`${show(result.example.path)}: already lists every key`);
  else if (result.example)
    lines.push(
      result.example.action === 'written'
        ? `${show(result.example.path)}: written (every key, empty values; commit it)`
        : `${show(result.example.path)}: added the keys it lacked (existing lines kept)`,
    );
  const { ignore } = result;
  if (ignore.action === 'already') lines.push(`${file.shown}: already ignored by git`);
  else
    lines.push(
      `${show(ignore.gitignore)}: ${ignore.action === 'created' ? 'created, ignoring' : 'now ignores'} ${file.shown}`,
    );
  if (ignore.tracked)
    lines.push(
      `warning: git tracks ${file.shown}, so its secrets are in the history: run \`git rm --cached ${file.shown}\`, commit, and rotate the migrated secrets`,
    );
  return lines;
}
