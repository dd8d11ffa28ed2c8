import { formatJson } from './json.js';
import type { ScanReport } from './model.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { FileOutcome, ScanReport, ScanStats } from './model.js';
export { ScanTally } from './model.js';
export { summaryLine, formatBytes } from './text.js';

/** The report formats `--format` accepts. */
export const reportFormats = ['text', 'json', 'sarif'] as const;

/** One of `reportFormats`. */
export type ReportFormat = (typeof reportFormats)[number];

/** A rendered report, and any warning its format forced (results left out). */
export interface RenderedReport {
  text: string;
  warnings: string[];
}

/** Renders a report in the chosen format. */
export function renderReport(
  report: ScanReport,
  format: ReportFormat,
  verbose = false,
): RenderedReport {
  if (format === 'json') return { text: formatJson(report), warnings: [] };
  if (format === 'text') return { text: formatText(report, { verbose }), warnings: [] };
  const { text, truncated } = formatSarif(report);
  const warnings =
    truncated > 0
      ? [
          `the SARIF report holds the first 25000 results only (GitHub's limit); ${truncated} more are in --format json`,
        ]
      : [];
  return { text, warnings };
}
