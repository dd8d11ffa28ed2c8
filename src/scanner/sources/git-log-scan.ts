import type { SecretScanner } from '../engine.js';
import type { Finding } from '../types.js';
import { hasBinaryExtension } from './binary.js';
import { commitFormat, PatchParser, type CommitMeta, type NewLinesBlock } from './diff-parse.js';
import { gitLines } from './git-log-process.js';
import { judgeWholeFiles, type WholeFileCandidate } from './git-log-whole-files.js';

/** A finding in a commit's added lines: where it is, and which commit put it there. */
export interface CommitFinding extends Finding {
  commit: string;
  author: string;
  email: string;
  /** Author date, ISO 8601. */
  date: string;
}

/**
 * How findings repeat: `line` keeps one per path, line and secret (a check of a range: a secret
 * moved to another line is reported there too); `location` keeps one per path and secret (a
 * history scan: not one per commit that touched it).
 */
export type DedupeBy = 'line' | 'location';

/** Counts of a history scan, for the summary. */
export interface HistoryStats {
  commits: number;
  /** Distinct paths whose text changes were scanned, or whose key store blobs were judged. */
  files: number;
  /** Bytes of `git log -p` output read. */
  patchBytes: number;
  addedLines: number;
  /** Changed files (per commit) not scanned, and lines over the line cap, by reason. */
  skipped: { binary: number; excluded: number; 'too-large': number; 'long-line': number };
}

/** Where a scan is, for a progress line. */
export interface HistoryProgress {
  commitsDone: number;
  commitsTotal: number;
  patchBytes: number;
  findings: number;
}

/** What a history scan reads and how. */
export interface HistoryScanOptions {
  /** The work tree's top (paths are relative to it). */
  root: string;
  /** Commit ids, parents first; each commit's diff against its parents is scanned. */
  commits: readonly string[];
  pathspec?: readonly string[];
  scanner: SecretScanner;
  dedupeBy: DedupeBy;
  /** Paths left out (config `exclude-files`, the baseline file). */
  isExcluded: (path: string) => boolean;
  /** A block of added lines longer than this (in UTF-16 units) is skipped as too large. */
  maxBlockSize: number;
  onProgress?: (progress: HistoryProgress) => void;
}

/** Findings (first commit that introduced each) and counts. */
export interface HistoryScanResult {
  findings: CommitFinding[];
  stats: HistoryStats;
}

/**
 * The arguments of the `git log` that prints each listed commit's patch: one line of context
 * (so that `pragma: allowlist nextline secret` above an added line is seen), renames detected
 * (a moved file adds nothing), merges as dense combined diffs (only what the merge itself
 * added), and no external diff or textconv program.
 */
export function logArguments(pathspec: readonly string[] = []): string[] {
  return [
    'log',
    '--stdin',
    '--no-walk=unsorted',
    `--format=${commitFormat}`,
    '-p',
    '--cc',
    '--unified=1',
    '-M',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--',
    ...pathspec,
  ];
}

/**
 * Streams the patches of `commits` through the engine. Each hunk's new-side lines are scanned as
 * one text (multi-line secrets such as private keys need their neighbours), findings are mapped
 * back to the real line numbers in the new file, and only those touching an added line count.
 */
export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScanResult> {
  const stats: HistoryStats = {
    commits: 0,
    files: 0,
    patchBytes: 0,
    addedLines: 0,
    skipped: { binary: 0, excluded: 0, 'too-large': 0, 'long-line': 0 },
  };
  const found = new Map<string, CommitFinding>();
  const record = (finding: CommitFinding) => {
    const key =
      options.dedupeBy === 'line'
        ? `${finding.file}\0${finding.line}\0${finding.detectorId}\0${finding.fingerprint}`
        : `${finding.file}\0${finding.detectorId}\0${finding.fingerprint}`;
    if (!found.has(key)) found.set(key, finding);
  };
  const files = new Set<string>();
  // Key stores (claimed by a file detector): judged by their blobs once the log is read.
  const wholeFiles: WholeFileCandidate[] = [];
  const total = options.commits.length;
  const progress = () =>
    options.onProgress?.({
      commitsDone: stats.commits,
      commitsTotal: total,
      patchBytes: stats.patchBytes,
      findings: found.size,
    });
  const parser = new PatchParser({
    onCommit: () => {
      if (stats.commits > 0) progress();
      stats.commits++;
    },
    onFile: (commit, path, skipped) => {
      const binary = skipped === 'binary' || (skipped === undefined && hasBinaryExtension(path));
      if (!options.isExcluded(path) && options.scanner.claimsWholeFile(path)) {
        wholeFiles.push({ commit, path, binary });
        if (binary) return;
      }
      if (binary) stats.skipped.binary++;
      else if (skipped === undefined && options.isExcluded(path)) stats.skipped.excluded++;
      else if (skipped === undefined) files.add(path);
    },
    onBlock: (block) => {
      if (!files.has(block.path)) return;
      scanBlock(block, options, stats, record);
    },
  });
  if (total > 0) {
    const lines = gitLines(
      options.root,
      logArguments(options.pathspec),
      `${options.commits.join('\n')}\n`,
      (bytes) => (stats.patchBytes += bytes),
    );
    for await (const line of lines) parser.push(line);
    parser.end();
  }
  const verdicts = await judgeWholeFiles(
    options.root,
    wholeFiles,
    options.scanner,
    options.maxBlockSize,
  );
  verdicts.findings.forEach(record);
  stats.skipped.binary += verdicts.notKeyStores;
  stats.skipped['too-large'] += verdicts.tooLarge;
  progress();
  stats.files = new Set([...files, ...wholeFiles.map((candidate) => candidate.path)]).size;
  return { findings: [...found.values()], stats };
}

/** Scans one block and hands each finding on an added line, with its real line numbers, on. */
function scanBlock(
  block: NewLinesBlock,
  options: HistoryScanOptions,
  stats: HistoryStats,
  onFinding: (finding: CommitFinding) => void,
): void {
  for (const added of block.added) if (added) stats.addedLines++;
  const text = block.lines.join('\n');
  if (text.length > options.maxBlockSize) {
    stats.skipped['too-large']++;
    return;
  }
  const result = options.scanner.scanText(text, block.path);
  stats.skipped['long-line'] += result.skips.length;
  if (result.findings.length === 0) return;
  const toIndex = blockLineIndex(block.lines);
  for (const finding of result.findings) {
    const first = toIndex(finding.line);
    const last = toIndex(finding.endLine);
    if (!block.added.slice(first, last + 1).includes(true)) continue;
    onFinding({
      ...finding,
      line: block.startLine + first,
      endLine: block.startLine + last,
      ...commitFields(block.commit),
    });
  }
}

function commitFields(commit: CommitMeta) {
  return { commit: commit.sha, author: commit.author, email: commit.email, date: commit.date };
}

/**
 * Maps the engine's 1-based line numbers in a block's text to indexes into its lines. They are
 * the same unless a line holds a lone `\r`, which the engine counts as a line break (as
 * detect-secrets does) while git does not.
 */
function blockLineIndex(lines: readonly string[]): (engineLine: number) => number {
  if (!lines.some((line) => line.includes('\r'))) return (line) => line - 1;
  const map: number[] = [];
  lines.forEach((line, index) => {
    map.push(index);
    for (let i = 0; i < line.length - 1; i++)
      if (line.charCodeAt(i) === 13 && line.charCodeAt(i + 1) !== 10) map.push(index);
  });
  return (line) => map[line - 1] ?? lines.length - 1;
}
