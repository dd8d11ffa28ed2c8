import { entryMatches, isExpired, type Baseline } from '../baseline/index.js';
import type { Finding } from '../types.js';

/** Findings of a range or history scan, sorted against a baseline. */
export interface HistoryComparison<T extends Finding> {
  /** Not covered by any live baseline entry: these fail `fail-on: new`. */
  fresh: T[];
  /** Covered by a baseline entry of their file that has not expired. */
  known: T[];
}

/**
 * Sorts findings by content, never by line: a finding is known when an entry of its file with
 * the same type and hash (or fingerprint) has not expired. Unlike a work-tree comparison there
 * is no count: findings of a history are the same secret at different moments (moved, re-added),
 * so one entry covers each of them. Without a baseline, every finding is new.
 */
export function compareHistoryWithBaseline<T extends Finding>(
  findings: readonly T[],
  baseline: Baseline | undefined,
  now: Date,
): HistoryComparison<T> {
  const result: HistoryComparison<T> = { fresh: [], known: [] };
  for (const finding of findings) {
    const entries = baseline?.results.get(finding.file) ?? [];
    const covered = entries.some((entry) => entryMatches(entry, finding) && !isExpired(entry, now));
    (covered ? result.known : result.fresh).push(finding);
  }
  return result;
}
