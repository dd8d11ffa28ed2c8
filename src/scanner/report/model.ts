import { compareFindings } from '../engine.js';
import type { Detector, Finding, Skip, SkipReason } from '../types.js';

/** Counts of a whole scan. */
export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  /** Files that were not valid UTF-8 and were scanned byte for byte. */
  nonUtf8Files: number;
  /** Files (or, for `long-line`, lines) skipped, by reason. */
  skipped: Record<SkipReason, number>;
}

/** Everything a reporter needs; it holds no secret value, only redacted forms and hashes. */
export interface ScanReport {
  /** The tool's version, for reports that name it. */
  version: string;
  /** Absolute path every reported path is relative to. */
  root: string;
  /** Detectors that ran (SARIF lists them as rules). */
  detectors: readonly Detector[];
  findings: Finding[];
  /** Every skip except exclusions by `exclude-files`, which are only counted. */
  skips: Skip[];
  stats: ScanStats;
}

/** Results of one file, as the tally takes them. */
export interface FileOutcome {
  status: 'scanned' | 'skipped' | 'missing';
  findings: Finding[];
  skips: Skip[];
  bytes: number;
  utf8: boolean;
}

/** Accumulates per-file results in any order and yields a deterministic, sorted report. */
export class ScanTally {
  private readonly findings: Finding[] = [];
  private readonly skips: Skip[] = [];
  readonly stats: ScanStats = {
    filesScanned: 0,
    bytesScanned: 0,
    nonUtf8Files: 0,
    skipped: { binary: 0, 'too-large': 0, 'long-line': 0, unreadable: 0, excluded: 0 },
  };

  /** Adds one file's outcome. */
  add(outcome: FileOutcome): void {
    if (outcome.status === 'scanned') {
      this.stats.filesScanned++;
      this.stats.bytesScanned += outcome.bytes;
      if (!outcome.utf8) this.stats.nonUtf8Files++;
    }
    this.findings.push(...outcome.findings);
    for (const skip of outcome.skips) this.skip(skip);
  }

  /** Records a skip that no file outcome carries (an excluded file, an unreadable directory). */
  skip(skip: Skip): void {
    this.stats.skipped[skip.reason]++;
    if (skip.reason !== 'excluded') this.skips.push(skip);
  }

  /** How many findings so far (for progress). */
  get findingCount(): number {
    return this.findings.length;
  }

  /** The final report, sorted so that it is the same whatever order files were scanned in. */
  report(version: string, root: string, detectors: readonly Detector[]): ScanReport {
    const findings = [...this.findings].sort(compareFindings);
    const skips = [...this.skips].sort(compareSkips);
    return { version, root, detectors, findings, skips, stats: structuredClone(this.stats) };
  }
}

function compareSkips(a: Skip, b: Skip): number {
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.reason, b.reason);
}
