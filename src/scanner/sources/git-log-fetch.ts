import { IoError } from '../../shared/errors.js';
import { runGit } from './git-log-process.js';
import { hasCommit, isShallow, listCommits, missingHistory } from './git-log-range.js';

/** How to fetch what a scan needs: the remote, and where to say what was fetched. */
export interface FetchOptions {
  remote: string;
  log: (message: string) => void;
  /** Expected commits in the range (a pull request's `commits`), to size the first fetch. */
  depthHint?: number;
}

/** How many times the history is deepened before the rest is fetched at once. */
const deepenRounds = 5;

async function fetch(root: string, args: string[], options: FetchOptions): Promise<boolean> {
  options.log(`git fetch ${args.join(' ')}`);
  // Credentials come from the checkout (actions/checkout persists them in the git config).
  const result = await runGit(root, ['fetch', '--no-tags', '--quiet', ...args]);
  if (result.code !== 0) options.log(`git fetch failed (exit ${result.code}): ${result.stderr}`);
  return result.code === 0;
}

/**
 * Fetches what `base..head` needs and a shallow clone lacks: the two commits, then more history
 * (doubling depths, then all of it) until their merge base is present and no commit of the
 * range sits on the shallow boundary. A complete clone is left alone.
 */
export async function ensureRange(
  root: string,
  base: string,
  head: string,
  options: FetchOptions,
): Promise<void> {
  const shallow = await isShallow(root);
  const missing: string[] = [];
  for (const sha of [base, head]) if (!(await hasCommit(root, sha))) missing.push(sha);
  const firstDepth = Math.max((options.depthHint ?? 0) + 2, 32);
  if (missing.length > 0) {
    const depth = shallow ? [`--depth=${firstDepth}`] : [];
    await fetch(root, [...depth, options.remote, ...missing], options);
    for (const sha of missing)
      if (!(await hasCommit(root, sha)))
        throw new IoError(
          `commit ${sha} is not in the clone and cannot be fetched from ${options.remote}; ` +
            'check the base and head inputs, or use actions/checkout with fetch-depth: 0',
        );
  }
  if (!shallow && missing.length === 0) return;
  let depth = firstDepth;
  for (let round = 0; round <= deepenRounds; round++) {
    if (await rangeIsComplete(root, base, head)) return;
    if (round === deepenRounds) break;
    await fetch(root, [`--deepen=${depth}`, options.remote, base, head], options);
    depth *= 4;
  }
  if (await isShallow(root))
    await fetch(root, ['--unshallow', options.remote, base, head], options);
  if (!(await rangeIsComplete(root, base, head)))
    throw new IoError(
      `cannot fetch the history between ${base} and ${head}; use actions/checkout with fetch-depth: 0`,
    );
}

/** Fetches the whole history of every branch when the clone is shallow (history scans). */
export async function ensureFullHistory(root: string, options: FetchOptions): Promise<void> {
  if (!(await isShallow(root))) return;
  if (!(await fetch(root, ['--unshallow', options.remote], options)))
    throw new IoError(
      `cannot fetch the full history from ${options.remote}; use actions/checkout with fetch-depth: 0`,
    );
}

/** Whether the range's merge base is present and none of its commits lacks its parents. */
async function rangeIsComplete(root: string, base: string, head: string): Promise<boolean> {
  const mergeBase = await runGit(root, ['merge-base', base, head]);
  if (mergeBase.code !== 0) return false;
  const commits = await listCommits(root, {
    revisions: [`${base}..${head}`],
    pathspec: [],
    label: `${base}..${head}`,
  });
  return (await missingHistory(root, commits)).length === 0;
}
