import type { Finding } from '../types.js';
import type { Baseline, BaselineEntry } from './types.js';

/** A finding together with the baseline entry that covers it. */
export type MatchedFinding = [finding: Finding, entry: BaselineEntry];

/** Findings sorted against a baseline. */
export interface BaselineComparison {
  /** Not in the baseline (or beyond the count of entries of their identity): new secrets. */
  unknown: Finding[];
  /** Covered by an entry that has not expired. */
  known: MatchedFinding[];
  /** Covered by an entry whose `expires` date has passed: to be reported again. */
  expired: MatchedFinding[];
  /** Entries of scanned files that matched no finding: the secret is gone. */
  stale: BaselineEntry[];
}

/** What `compareWithBaseline` needs besides findings and the baseline. */
export interface CompareOptions {
  /** The moment expiry dates are compared with. */
  now: Date;
  /**
   * The files that were scanned (POSIX, relative). Only their entries can be stale; when
   * omitted, every file of the baseline counts as scanned (a full scan).
   */
  files?: Iterable<string>;
}

/**
 * Matches findings to baseline entries by content, never by line: (file, type, and the entry's
 * `fingerprint` when it has one, else `hashed_secret`). Each occurrence counts: k entries of one
 * identity cover at most k findings of it in that file, so a second copy of a secret is new.
 * detect-secrets entries (no fingerprint) keep its quirk: an entry hashing a GitHub token's
 * prefix covers any such token of that file, up to the count.
 */
export function compareWithBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  options: CompareOptions,
): BaselineComparison {
  const result: BaselineComparison = { unknown: [], known: [], expired: [], stale: [] };
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list === undefined) byFile.set(finding.file, [finding]);
    else list.push(finding);
  }
  const scanned = options.files === undefined ? undefined : new Set(options.files);
  const files = new Set([...byFile.keys(), ...baseline.results.keys()]);
  for (const file of files) {
    const entries = baseline.results.get(file) ?? [];
    const { matched, unmatchedFindings, unmatchedEntries } = matchFile(
      byFile.get(file) ?? [],
      entries,
    );
    result.unknown.push(...unmatchedFindings);
    for (const pair of matched) {
      if (isExpired(pair[1], options.now)) result.expired.push(pair);
      else result.known.push(pair);
    }
    if (scanned === undefined || scanned.has(file)) result.stale.push(...unmatchedEntries);
  }
  return result;
}

/** Whether an entry's `expires` date has passed (a date alone means midnight UTC of that day). */
export function isExpired(entry: BaselineEntry, now: Date): boolean {
  if (entry.expires === undefined) return false;
  const time = Date.parse(entry.expires);
  return Number.isNaN(time) || time <= now.getTime();
}

/** Whether an entry of a finding's file covers it: same type, same fingerprint or hash. */
export function entryMatches(entry: BaselineEntry, finding: Finding): boolean {
  if (entry.type !== finding.secretType) return false;
  return entry.fingerprint !== undefined
    ? entry.fingerprint === finding.fingerprint
    : entry.hashedSecret === finding.hashedSecret;
}

/** The matching within one file; pure, used by both the comparison and the update. */
export function matchFile(
  findings: readonly Finding[],
  entries: readonly BaselineEntry[],
): {
  matched: MatchedFinding[];
  unmatchedFindings: Finding[];
  unmatchedEntries: BaselineEntry[];
} {
  const free = new Set(entries);
  const matched: MatchedFinding[] = [];
  let pending = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
  // Fingerprinted entries first: they name one secret exactly, while a detect-secrets entry
  // may stand for several. Within a pass, the closest pairs by line are taken first, so that a
  // label stays with its own occurrence and the copy reported as new is the added one.
  for (const exact of [true, false]) {
    const pairs: { finding: Finding; entry: BaselineEntry; distance: number }[] = [];
    for (const finding of pending)
      for (const entry of free)
        if ((entry.fingerprint !== undefined) === exact && entryMatches(entry, finding))
          pairs.push({ finding, entry, distance: distance(entry, finding) });
    pairs.sort((a, b) => a.distance - b.distance || a.finding.line - b.finding.line);
    const taken = new Set<Finding>();
    for (const pair of pairs) {
      if (taken.has(pair.finding) || !free.has(pair.entry)) continue;
      taken.add(pair.finding);
      free.delete(pair.entry);
      matched.push([pair.finding, pair.entry]);
    }
    pending = pending.filter((finding) => !taken.has(finding));
  }
  const unmatchedFindings = pending;
  unmatchedFindings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { matched, unmatchedFindings, unmatchedEntries: [...free] };
}

function distance(entry: BaselineEntry, finding: Finding): number {
  return entry.lineNumber === undefined
    ? Number.MAX_SAFE_INTEGER
    : Math.abs(entry.lineNumber - finding.line);
}
