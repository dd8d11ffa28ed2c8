import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { IoError } from '../../shared/errors.js';
import { exampleText, removeEntries } from '../../sync/env/index.js';
import type { LoadedEnvFile } from '../env/load.js';
import { writeFileAtomic } from './atomic.js';
import { ensureIgnored } from './gitignore.js';

/**
 * `--rewrite`, once every selected key is in AWS: the `.env` without the migrated entries
 * (atomically, same mode; comments and other keys byte for byte), the example file with every
 * key and no values (merged into a hand-made one), and the `.env` ignored by git. Returns the
 * lines to print.
 */
export async function rewriteEnvFiles(
  file: LoadedEnvFile,
  migrated: ReadonlySet<string>,
  cwd: string,
): Promise<string[]> {
  const lines: string[] = [];
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  // Re-read: refuse to overwrite edits made while the AWS calls ran.
  const now = await readFile(file.path, 'utf8');
  if (now !== file.text)
    throw new IoError(
      `${file.shown} changed while migrate ran, so it was not rewritten; run migrate --rewrite again (written secrets are then unchanged)`,
    );
  const entries = file.entries.map((e) => e.entry);
  await writeFileAtomic(file.path, removeEntries(file.text, entries, migrated), file.mode);
  lines.push(
    `${file.shown}: removed ${migrated.size} migrated key${migrated.size === 1 ? '' : 's'}`,
  );

  const examplePath = join(dirname(file.path), `${basename(file.path)}.example`);
  let existing: string | undefined;
  try {
    existing = await readFile(examplePath, 'utf8');
  } catch {
    existing = undefined;
  }
  const keys = [...new Set(entries.map((entry) => entry.key))];
  const example = exampleText(keys, existing);
  if (example === undefined) lines.push(`${show(examplePath)}: already lists every key`);
  else {
    await writeFileAtomic(examplePath, example, 0o644);
    lines.push(
      existing === undefined
        ? `${show(examplePath)}: written (every key, empty values; commit it)`
        : `${show(examplePath)}: added the keys it lacked (existing lines kept)`,
    );
  }

  const ignore = await ensureIgnored(file.path);
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
