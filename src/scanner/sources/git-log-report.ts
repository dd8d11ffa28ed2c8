import { formatBytes } from '../report/index.js';
import { findingJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import type { Detector } from '../types.js';
import { shortSha } from './git-log-range.js';
import type { CommitFinding, HistoryStats } from './git-log-scan.js';

/** Everything the reports of a range or history scan show; no secret value, ever. */
export interface HistoryReport {
  version: string;
  /** The work tree's top; SARIF paths are relative to it. */
  root: string;
  detectors: readonly Detector[];
  /** What the scan reports (new findings, or all of them with `fail-on: any`), sorted. */
  findings: CommitFinding[];
  /** Findings a baseline covers, reported as counts only. */
  baselined: number;
  stats: HistoryStats;
  /** `1a2b3c4..5d6e7f8 (pull request #12)`, `all refs`. */
  label: string;
  /** `shard 2 of 4`, when sharded. */
  shard?: string;
  /** The commit checked out, and the repository's URL (no credentials), for SARIF provenance. */
  revision?: string;
  repositoryUri?: string;
}

/** Sorts findings by path, line, column, then commit date: the same scan gives the same bytes. */
export function sortCommitFindings(findings: CommitFinding[]): CommitFinding[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort(
    (a, b) =>
      text(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      text(a.detectorId, b.detectorId) ||
      text(a.date, b.date) ||
      text(a.commit, b.commit),
  );
}

/** The author date's day (`2024-05-01`), as tables show it. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}

/**
 * One sentence on what was scanned: `Scanned 34 commits of 1a2b3c4..5d6e7f8 (pull request #1):
 * 12 files changed, 48 kB of patches, 310 added lines.`
 */
export function describeScope(report: HistoryReport): string {
  const { stats } = report;
  const plural = (n: number, word: string) =>
    `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const skipped = Object.entries(stats.skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${reason}`);
  return (
    `Scanned ${plural(stats.commits, 'commit')} of ${report.label}${report.shard ? ` (${report.shard})` : ''}: ` +
    `${plural(stats.files, 'file')} changed, ${formatBytes(stats.patchBytes)} of patches, ` +
    `${plural(stats.addedLines, 'added line')}` +
    (skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '') +
    '.'
  );
}

/** One line on the outcome, then the scope. */
export function historySummaryLine(report: HistoryReport): string {
  const count = report.findings.length;
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const found =
    count === 0
      ? 'No new secrets found'
      : `${count} secret${count === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
  const known = report.baselined > 0 ? ` (${report.baselined} more in the baseline)` : '';
  return `${found}${known}. ${describeScope(report)}`;
}

/** The text report: one line per finding with its commit, then the summary. */
export function formatHistoryText(report: HistoryReport): string {
  const lines = report.findings.map(
    (finding) =>
      `${finding.file}:${finding.line}:${finding.column}: ${finding.secretType} [${finding.detectorId}] ` +
      `${finding.redacted} (commit ${shortSha(finding.commit)}, ${finding.author}, ${dayOf(finding.date)}; ` +
      `hashed_secret ${finding.hashedSecret})`,
  );
  if (lines.length > 0) lines.push('');
  lines.push(historySummaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** The JSON report: the `scan --format json` fields plus each finding's commit, and the scope. */
export function formatHistoryJson(report: HistoryReport): string {
  const { stats } = report;
  const document = {
    tool: { name: 'secrets-action', version: report.version },
    findings: report.findings.map((finding) => ({
      ...findingJson(finding),
      commit: finding.commit,
      author: finding.author,
      email: finding.email,
      date: finding.date,
    })),
    summary: {
      findings: report.findings.length,
      baselined: report.baselined,
      range: report.label,
      ...(report.shard !== undefined && { shard: report.shard }),
      commits: stats.commits,
      files_changed: stats.files,
      patch_bytes: stats.patchBytes,
      added_lines: stats.addedLines,
      skipped: { ...stats.skipped },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * SARIF for code scanning: the work-tree report's rules, locations and line-independent
 * fingerprints, plus each result's commit, author and date (properties, and the message), and
 * the scanned revision as `versionControlProvenance`. Returns how many results GitHub's limit cut.
 */
export function formatHistorySarif(report: HistoryReport): { text: string; truncated: number } {
  const base = formatSarif({
    version: report.version,
    root: report.root,
    detectors: report.detectors,
    findings: report.findings,
    skips: [],
    stats: {
      filesScanned: report.stats.files,
      bytesScanned: report.stats.patchBytes,
      nonUtf8Files: 0,
      skipped: { binary: 0, 'too-large': 0, 'long-line': 0, unreadable: 0, excluded: 0 },
    },
  });
  const log = JSON.parse(base.text) as SarifLog;
  const run = log.runs[0] as SarifRun;
  run.results.forEach((result, index) => {
    const finding = report.findings[index] as CommitFinding;
    result.message.text += ` (commit ${shortSha(finding.commit)} by ${finding.author}, ${dayOf(finding.date)})`;
    Object.assign(result.properties, {
      commit: finding.commit,
      author: finding.author,
      date: finding.date,
    });
  });
  if (report.repositoryUri !== undefined)
    run.versionControlProvenance = [
      {
        repositoryUri: report.repositoryUri,
        ...(report.revision !== undefined && { revisionId: report.revision }),
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ];
  run.properties = { range: report.label, commits: report.stats.commits };
  if (report.shard !== undefined) run.properties.shard = report.shard;
  return { text: `${JSON.stringify(log, null, 2)}\n`, truncated: base.truncated };
}

/** The parts of a SARIF log this module and `merge-sarif` touch. */
export interface SarifLog {
  $schema?: string;
  version: string;
  runs: SarifRun[];
}

/** One SARIF run, loosely typed: only the fields read or written here are named. */
export interface SarifRun {
  tool: { driver: { name: string; rules?: { id: string }[] } & Record<string, unknown> };
  results: SarifResult[];
  versionControlProvenance?: Record<string, unknown>[];
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One SARIF result, loosely typed. */
export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  message: { text: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
  partialFingerprints?: Record<string, string>;
  properties: Record<string, unknown>;
  [key: string]: unknown;
}
