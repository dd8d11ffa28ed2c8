import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../../shared/errors.js';
import { gitOutput, runGit } from './git-log-process.js';

/** Which commits a history scan reads, as `git rev-list` arguments, and how to say so. */
export interface CommitSelection {
  /** Revisions and rev-list options (`base..head`, `--all`, `--since=…`). */
  revisions: string[];
  /** Limits the scan to these paths (after `--`). */
  pathspec: string[];
  /** What was scanned, for people: `1a2b3c4..5d6e7f8`, `all refs`. */
  label: string;
}

/** A part of a sharded scan: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Whether `sha` is git's all-zero id (the `before` of a push that created the ref). */
export function isNullSha(sha: string): boolean {
  return /^0+$/.test(sha);
}

/** Whether `rev` names a commit present in the local object store. */
export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  return (await runGit(cwd, ['cat-file', '-e', `${rev}^{commit}`])).code === 0;
}

/** Whether the clone is shallow (actions/checkout's default `fetch-depth: 1`). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitOutput(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The commits at a shallow clone's boundary: their parents are missing. */
export async function shallowBoundary(cwd: string): Promise<Set<string>> {
  const path = (await gitOutput(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
  const text = await readFile(isAbsolute(path) ? path : join(cwd, path), 'utf8').catch(() => '');
  return new Set(text.split('\n').filter((line) => line !== ''));
}

/** The short form of a commit id, as people read it. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 7) : sha;
}

/**
 * The commits a selection names, parents before children (`--topo-order --reverse`), so that
 * the first commit seen to add a line is the one that introduced it.
 */
export async function listCommits(cwd: string, selection: CommitSelection): Promise<string[]> {
  const result = await runGit(cwd, [
    'rev-list',
    '--topo-order',
    '--reverse',
    ...selection.revisions,
    '--',
    ...selection.pathspec,
  ]);
  if (result.code !== 0)
    throw new UsageError(
      `git cannot list the commits of ${selection.label}: ${result.stderr}\n` +
        'Check the revisions, and that the clone holds them (actions/checkout: fetch-depth: 0).',
    );
  return result.stdout.split('\n').filter((line) => line !== '');
}

/**
 * Commits of a selection whose parents a shallow clone lacks: git would show each as adding
 * every file it holds. Empty when the history is complete.
 */
export async function missingHistory(cwd: string, commits: readonly string[]): Promise<string[]> {
  const boundary = await shallowBoundary(cwd);
  return boundary.size === 0 ? [] : commits.filter((sha) => boundary.has(sha));
}

/** Parses `i/n` (1 ≤ i ≤ n ≤ 1000). */
export function parseShard(text: string, name = '--shard'): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || count > 1000 || index > count)
    throw new UsageError(`${name} must be i/n with 1 ≤ i ≤ n ≤ 1000 (such as 2/4), not '${text}'`);
  return { index, count };
}

/**
 * The commits of one shard: the list cut into `count` contiguous runs of near-equal length, so
 * every commit lands in exactly one shard and the same list always cuts the same way.
 */
export function shardCommits<T>(commits: readonly T[], shard: Shard): T[] {
  const from = Math.floor(((shard.index - 1) * commits.length) / shard.count);
  const to = Math.floor((shard.index * commits.length) / shard.count);
  return commits.slice(from, to);
}

/**
 * `--log-opts` split on white space; what follows a `--` limits the paths. Without revisions,
 * every ref (`--all`).
 */
export function historySelection(
  logOpts: string | undefined,
  pathspec: readonly string[],
): CommitSelection {
  const words = (logOpts ?? '').split(/\s+/).filter((word) => word !== '');
  const dash = words.indexOf('--');
  const revisions = dash < 0 ? words : words.slice(0, dash);
  const paths = dash < 0 ? [] : words.slice(dash + 1);
  const named = revisions.some(
    (word) => !word.startsWith('-') || /^--(all|branches|tags|remotes|glob)/.test(word),
  );
  return {
    revisions: named ? revisions : ['--all', ...revisions],
    pathspec: [...pathspec, ...paths],
    label: revisions.length === 0 ? 'all refs' : `${named ? '' : '--all '}${revisions.join(' ')}`,
  };
}

/**
 * The commits a push that created `ref` brought: those of `head` that no other branch or tag
 * (local or on `remote`) holds. The pushed ref itself is left out of the exclusions.
 */
export function newRefSelection(head: string, ref: string, remote = 'origin'): CommitSelection {
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  return {
    revisions: [
      head,
      '--not',
      ...(branch === undefined ? [] : [`--exclude=${remote}/${branch}`]),
      `--remotes=${remote}`,
      ...(branch === undefined ? [] : [`--exclude=${branch}`]),
      '--branches',
      ...(tag === undefined ? [] : [`--exclude=${tag}`]),
      '--tags',
    ],
    pathspec: [],
    label: `${shortSha(head)} (commits no other branch or tag holds)`,
  };
}
