import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The top of the git work tree holding `directory`, or undefined outside one (or without git). */
export async function findGitRoot(directory: string): Promise<string | undefined> {
  // Walking up to the `.git` entry (a directory, or a file in worktrees and submodules) saves
  // spawning git, a third of a pre-commit hook's run; git itself decides when GIT_DIR moves it.
  if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
    for (let dir = resolve(directory); ; dir = dirname(dir)) {
      if (isGitEntry(join(dir, '.git'))) return dir;
      if (dirname(dir) === dir) return undefined;
    }
  }
  try {
    const { simpleGit } = await loadSimpleGit();
    const root = await simpleGit({ baseDir: directory }).revparse(['--show-toplevel']);
    return root.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tracked files plus untracked files that are not ignored, as root-relative POSIX paths. `-z`
 * keeps non-ASCII names verbatim (no octal quoting); an unmerged file, listed once per stage, is
 * kept once (git's own `--deduplicate` needs git 2.31).
 */
export async function listGitFiles(root: string): Promise<string[]> {
  const { simpleGit } = await loadSimpleGit();
  const output = await simpleGit({ baseDir: root }).raw([
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
  ]);
  return [...new Set(output.split('\0').filter((path) => path.length > 0))];
}

/** simple-git is loaded on first use: the pre-commit hook never needs it, and start-up counts there. */
function loadSimpleGit(): Promise<typeof import('simple-git')> {
  return import('simple-git');
}

/** A repository's `.git`: a directory with a HEAD, or a `gitdir:` file (worktrees, submodules). */
function isGitEntry(path: string): boolean {
  try {
    if (statSync(path).isDirectory()) return existsSync(join(path, 'HEAD'));
    return readFileSync(path, 'utf8').startsWith('gitdir:');
  } catch {
    return false;
  }
}
