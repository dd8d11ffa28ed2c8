/**
 * Range and history scans: the commits a selection names, their patches streamed through the
 * engine, findings sorted against the baseline, and a report. Shared by `scan --diff/--history`
 * and the PR-check Action; neither the CLI nor the Action toolkit is imported here.
 */
import { UsageError } from '../../shared/errors.js';
import type { Baseline } from '../baseline/index.js';
import { compareHistoryWithBaseline } from './git-log-baseline.js';
import { runGit } from './git-log-process.js';
import {
  listCommits,
  missingHistory,
  shardCommits,
  type CommitSelection,
  type Shard,
} from './git-log-range.js';
import { sortCommitFindings, type HistoryReport } from './git-log-report.js';
import {
  scanHistory,
  type CommitFinding,
  type DedupeBy,
  type HistoryProgress,
} from './git-log-scan.js';
import type { ScanSetup } from './git-log-setup.js';

export type { CommitSelection, Shard } from './git-log-range.js';
export type { CommitFinding, HistoryProgress, HistoryStats } from './git-log-scan.js';
export type { HistoryReport } from './git-log-report.js';

/** What a range or history scan is asked to do. */
export interface HistoryRun {
  root: string;
  selection: CommitSelection;
  shard?: Shard;
  setup: ScanSetup;
  baseline?: Baseline;
  dedupeBy: DedupeBy;
  /** Report baselined findings too (`fail-on: any`). */
  reportBaselined: boolean;
  version: string;
  repositoryUri?: string;
  onProgress?: (progress: HistoryProgress) => void;
  /** Called once the commits are listed, before any patch is read. */
  onCommitsListed?: (count: number) => void;
}

/** A finished scan: the report, and every finding sorted into new and baselined. */
export interface HistoryOutcome {
  report: HistoryReport;
  all: CommitFinding[];
  fresh: CommitFinding[];
  known: CommitFinding[];
}

/**
 * Lists the selection's commits (one shard of them, if asked), refuses a shallow clone whose
 * boundary falls inside them (git would show each boundary commit as adding every file), scans
 * their patches, and sorts the findings against the baseline.
 */
export async function runHistoryScan(run: HistoryRun): Promise<HistoryOutcome> {
  const listed = await listCommits(run.root, run.selection);
  const commits = run.shard === undefined ? listed : shardCommits(listed, run.shard);
  const cut = await missingHistory(run.root, commits);
  if (cut.length > 0)
    throw new UsageError(
      `the clone is shallow and lacks the parents of ${cut.length} commit${cut.length === 1 ? '' : 's'} in ${run.selection.label}; ` +
        'fetch the history first (actions/checkout with fetch-depth: 0, or `git fetch --unshallow`)',
    );
  run.onCommitsListed?.(commits.length);
  const { findings, stats } = await scanHistory({
    root: run.root,
    commits,
    pathspec: run.selection.pathspec,
    scanner: run.setup.scanner,
    dedupeBy: run.dedupeBy,
    isExcluded: run.setup.isExcluded,
    maxBlockSize: run.setup.settings.maxFileSize,
    ...(run.onProgress !== undefined && { onProgress: run.onProgress }),
  });
  const all = sortCommitFindings(findings);
  const { fresh, known } = compareHistoryWithBaseline(all, run.baseline, new Date());
  const head = await runGit(run.root, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const report: HistoryReport = {
    version: run.version,
    root: run.root,
    detectors: run.setup.detectors,
    findings: run.reportBaselined ? all : fresh,
    baselined: run.reportBaselined ? 0 : known.length,
    stats,
    label: run.selection.label,
    ...(run.shard !== undefined && { shard: `shard ${run.shard.index} of ${run.shard.count}` }),
    ...(head.code === 0 && { revision: head.stdout.trim() }),
    ...(run.repositoryUri !== undefined && { repositoryUri: run.repositoryUri }),
  };
  return { report, all, fresh, known };
}

/**
 * The repository's web address from a remote URL, without credentials (a checkout may embed a
 * token in it): `git@host:o/r.git` and `https://user:token@host/o/r` both become
 * `https://host/o/r`. Undefined for anything else.
 */
export function publicRepositoryUri(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):([^\\]+?)(?:\.git)?\/?$/.exec(remote.trim());
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote.trim());
    if (!/^(https?|ssh|git):$/.test(url.protocol)) return undefined;
    return `https://${url.host}${url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
  } catch {
    return undefined;
  }
}
