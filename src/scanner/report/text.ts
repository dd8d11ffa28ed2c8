import type { ScanReport, ScanStats } from './model.js';

/** Options for the human-readable report. */
export interface TextOptions {
  /** List every skipped file, not only the counts. */
  verbose?: boolean;
}

/** The human-readable report: one line per finding, then what was skipped, then a summary. */
export function formatText(report: ScanReport, options: TextOptions = {}): string {
  const lines: string[] = [];
  for (const finding of report.findings) {
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}: ${finding.secretType} [${finding.detectorId}] ` +
        `${finding.redacted} (hashed_secret ${finding.hashedSecret})`,
    );
  }
  const skipLines = options.verbose ? report.skips.map(describeSkip) : groupedSkipLines(report);
  if (skipLines.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(...skipLines);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function describeSkip(skip: ScanReport['skips'][number]): string {
  const where = skip.line === undefined ? skip.file : `${skip.file}:${skip.line}`;
  return `skipped ${where}: ${skip.reason}${skip.detail === undefined ? '' : ` (${skip.detail})`}`;
}

/** Skips without binary files (counted in the summary), long lines grouped into one line per file. */
function groupedSkipLines(report: ScanReport): string[] {
  const out: string[] = [];
  const longLines = new Map<string, number[]>();
  for (const skip of report.skips) {
    if (skip.reason === 'binary') continue;
    if (skip.reason === 'long-line' && skip.line !== undefined) {
      const list = longLines.get(skip.file);
      if (list) list.push(skip.line);
      else {
        longLines.set(skip.file, [skip.line]);
        out.push(skip.file);
      }
    } else out.push(describeSkip(skip));
  }
  return out.map((entry) => {
    const numbers = longLines.get(entry);
    if (numbers === undefined) return entry;
    const shown = numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ', …' : '');
    const [count, label] =
      numbers.length === 1 ? ['a line', 'line'] : [`${numbers.length} lines`, 'lines'];
    return `skipped ${count} of ${entry} longer than the line cap (${label} ${shown})`;
  });
}

/** One line that says what was found and what was left out. */
export function summaryLine(report: ScanReport): string {
  const count = report.findings.length;
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const found =
    count === 0
      ? 'No secrets found'
      : `${count} secret${count === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
  return `${found}; ${describeStats(report.stats)}.`;
}

function describeStats(stats: ScanStats): string {
  const parts = [
    `scanned ${stats.filesScanned} file${stats.filesScanned === 1 ? '' : 's'} (${formatBytes(stats.bytesScanned)})`,
  ];
  const skipped = Object.entries(stats.skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${reason}`);
  if (skipped.length > 0) parts.push(`skipped ${skipped.join(', ')}`);
  if (stats.nonUtf8Files > 0)
    parts.push(`${stats.nonUtf8Files} not UTF-8 (scanned for ASCII tokens)`);
  return parts.join('; ');
}

/** A byte count for people: `512 B`, `1.5 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
