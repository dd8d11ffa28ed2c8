import { simpleGit } from 'simple-git';

/** The top of the git work tree holding `directory`, or undefined outside one (or without git). */
export async function findGitRoot(directory: string): Promise<string | undefined> {
  try {
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
  const output = await simpleGit({ baseDir: root }).raw([
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
  ]);
  return [...new Set(output.split('\0').filter((path) => path.length > 0))];
}
