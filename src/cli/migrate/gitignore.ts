import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { minimatch } from 'minimatch';
import { writeFileAtomic } from './atomic.js';

const run = promisify(execFile);

/** What `ensureIgnored` found and did. */
export interface IgnoreResult {
  /** `already` (some pattern ignores it), `appended` (a line was added), or `created`. */
  readonly action: 'already' | 'appended' | 'created';
  /** The .gitignore that was read or written. */
  readonly gitignore: string;
  /** True when git tracks the file anyway: ignoring it then changes nothing. */
  readonly tracked: boolean;
}

/** git's answer, or undefined outside a work tree (or without git). */
async function git(dir: string, args: string[]): Promise<number | undefined> {
  try {
    await run('git', ['-C', dir, ...args]);
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'number' && code !== 128 ? code : undefined;
  }
}

/**
 * Makes sure git ignores `file`: in a work tree `git check-ignore --no-index` decides (so any
 * pattern, global excludes included, counts); elsewhere the `.gitignore` next to the file is
 * matched with minimatch. When not ignored, `/<name>` is appended to that `.gitignore` (created
 * if needed). Reports whether git already tracks the file, which ignoring cannot undo.
 */
export async function ensureIgnored(file: string): Promise<IgnoreResult> {
  const dir = dirname(file);
  const name = basename(file);
  const gitignore = join(dir, '.gitignore');
  let existing: string | undefined;
  try {
    existing = await readFile(gitignore, 'utf8');
  } catch {
    existing = undefined;
  }
  const inRepo = (await git(dir, ['rev-parse', '--is-inside-work-tree'])) === 0;
  const ignored = inRepo
    ? (await git(dir, ['check-ignore', '-q', '--no-index', '--', name])) === 0
    : matchesGitignore(existing ?? '', name);
  const tracked = inRepo && (await git(dir, ['ls-files', '--error-unmatch', '--', name])) === 0;
  if (ignored) return { action: 'already', gitignore, tracked };
  const separator =
    existing === undefined || existing === '' || existing.endsWith('\n') ? '' : '\n';
  await writeFileAtomic(gitignore, `${existing ?? ''}${separator}/${name}\n`);
  return { action: existing === undefined ? 'created' : 'appended', gitignore, tracked };
}

/** A plain reading of .gitignore lines for a file in the same directory (last match wins). */
function matchesGitignore(text: string, name: string): boolean {
  let ignored = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/^\//, '').replace(/\/$/, '');
    if (pattern.includes('/') && !pattern.startsWith('**/')) continue;
    if (minimatch(name, pattern.replace(/^\*\*\//, ''), { dot: true })) ignored = !negated;
  }
  return ignored;
}
