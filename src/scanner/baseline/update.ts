import type { Finding } from '../types.js';
import { BASELINE_VERSION, defaultFiltersUsed, defaultPluginsUsed } from './defaults.js';
import { matchFile } from './match.js';
import type { Baseline, BaselineEntry } from './types.js';
import { compareEntries, formatGeneratedAt } from './write.js';

/** How `updateBaseline` treats what it was not told by the findings. */
export interface UpdateOptions {
  /** Whether a file still exists; entries of files that do not are dropped. */
  fileExists: (file: string) => boolean;
  /** The moment written to `generated_at` when `timestamp` asks for it. */
  now?: Date;
  /** Set `generated_at` to `now` (otherwise an existing one is kept as it was, and none added). */
  timestamp?: boolean;
  /** The baseline's own POSIX path relative to the root, for a new file's `is_baseline_file`. */
  baselineFile?: string;
}

/** The updated baseline, and what changed. */
export interface BaselineUpdate {
  baseline: Baseline;
  /** New entries, one per new finding. */
  added: BaselineEntry[];
  /** Entries dropped: their secret is gone from a scanned file, or their file is gone. */
  removed: BaselineEntry[];
  /** The findings behind `added`, in the same order. */
  addedFindings: Finding[];
}

/**
 * Brings a baseline up to date with a scan: entries keep their labels, reason, owner and expiry
 * (matched by content, as `compareWithBaseline` does) and take the finding's current line;
 * entries whose secret is gone from a scanned file, or whose file no longer exists, are dropped;
 * new findings are added. The plugin and filter lists of an existing file are kept.
 */
export function updateBaseline(
  previous: Baseline | undefined,
  findings: readonly Finding[],
  scannedFiles: Iterable<string>,
  options: UpdateOptions,
): BaselineUpdate {
  const scanned = new Set(scannedFiles);
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    scanned.add(finding.file);
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  }
  // A `--slim` baseline (no line numbers anywhere) stays slim, ordered as detect-secrets
  // orders it: by line, then without the lines.
  const previousEntries = [...(previous?.results.values() ?? [])].flat();
  const slim =
    previousEntries.length > 0 && previousEntries.every((entry) => entry.lineNumber === undefined);
  const results = new Map<string, BaselineEntry[]>();
  const added: BaselineEntry[] = [];
  const addedFindings: Finding[] = [];
  const removed: BaselineEntry[] = [];
  const keep = (file: string, entries: BaselineEntry[]) => {
    if (entries.length > 0) results.set(file, entries);
  };
  for (const [file, entries] of previous?.results ?? []) {
    if (scanned.has(file)) continue;
    if (options.fileExists(file)) keep(file, entries);
    else removed.push(...entries);
  }
  for (const file of scanned) {
    const { matched, unmatchedFindings, unmatchedEntries } = matchFile(
      byFile.get(file) ?? [],
      previous?.results.get(file) ?? [],
    );
    removed.push(...unmatchedEntries);
    const entries = matched.map(([finding, entry]) => refreshed(entry, finding));
    const fresh = unmatchedFindings.map(entryFor);
    added.push(...fresh);
    addedFindings.push(...unmatchedFindings);
    keep(file, slim ? slimmed([...entries, ...fresh]) : [...entries, ...fresh]);
  }
  const now = options.now ?? new Date();
  const generatedAt = options.timestamp ? formatGeneratedAt(now) : previous?.generatedAt;
  const baseline: Baseline = {
    version: BASELINE_VERSION,
    pluginsUsed: previous?.pluginsUsed ?? defaultPluginsUsed(),
    filtersUsed: previous?.filtersUsed ?? defaultFiltersUsed(options.baselineFile),
    results,
    ...(generatedAt !== undefined && { generatedAt }),
    ...(previous?.extra !== undefined && { extra: previous.extra }),
  };
  return { baseline, added, removed, addedFindings };
}

function slimmed(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort(compareEntries).map(({ lineNumber: _line, ...entry }) => entry);
}

/** A new entry for a finding; the fingerprint only where the hash covers part of the secret. */
export function entryFor(finding: Finding): BaselineEntry {
  return {
    type: finding.secretType,
    filename: finding.file,
    hashedSecret: finding.hashedSecret,
    isVerified: false,
    lineNumber: finding.line,
    ...(finding.fingerprint !== finding.hashedSecret && { fingerprint: finding.fingerprint }),
  };
}

/** A kept entry at the finding's current line, its labels untouched. */
function refreshed(entry: BaselineEntry, finding: Finding): BaselineEntry {
  // A detect-secrets entry of a prefix-hashed token gains the fingerprint of the token it
  // matched, so that from now on it covers that token only.
  const fingerprint =
    entry.fingerprint ??
    (finding.fingerprint !== finding.hashedSecret ? finding.fingerprint : undefined);
  return {
    ...entry,
    filename: finding.file,
    lineNumber: finding.line,
    ...(fingerprint !== undefined && { fingerprint }),
  };
}
