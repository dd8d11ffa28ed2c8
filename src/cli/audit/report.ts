import { isExpired, type Baseline } from '../../scanner/baseline/index.js';
import { allEntries, labelOf, labelText, printable, type AuditLabel } from './entries.js';
import { formatTable } from '../../shared/table.js';

/** One line of `audit --report`: what the baseline says about an entry, never a secret value. */
export interface ReportRow {
  file: string;
  line: number | null;
  type: string;
  hashedSecret: string;
  label: AuditLabel;
  reason: string | null;
  owner: string | null;
  expires: string | null;
  expired: boolean;
}

/**
 * The report's rows, in file then line order, kept to the given labels (all when `only` is
 * empty). It reads the baseline alone: no work-tree file is opened, so nothing can leak.
 */
export function reportRows(
  baseline: Baseline,
  only: readonly AuditLabel[],
  now: Date,
): ReportRow[] {
  return allEntries(baseline)
    .filter((entry) => only.length === 0 || only.includes(labelOf(entry)))
    .map((entry) => ({
      file: entry.filename,
      line: entry.lineNumber ?? null,
      type: entry.type,
      hashedSecret: entry.hashedSecret,
      label: labelOf(entry),
      reason: entry.reason ?? null,
      owner: entry.owner ?? null,
      expires: entry.expires ?? null,
      expired: isExpired(entry, now),
    }));
}

/** The report as JSON: snake_case keys like the scan report, absent fields as null. */
export function formatReportJson(baseline: string, rows: readonly ReportRow[]): string {
  const document = {
    baseline,
    entries: rows.map((row) => ({
      file: row.file,
      line: row.line,
      type: row.type,
      hashed_secret: row.hashedSecret,
      label: row.label,
      reason: row.reason,
      owner: row.owner,
      expires: row.expires,
      expired: row.expired,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The report as a table, then one summary line. */
export function formatReportTable(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return 'No entries.\n';
  const cell = (value: string | null) => (value === null || value === '' ? '-' : printable(value));
  const table = formatTable(
    // The reason goes last: it is free text, and a long one would otherwise widen the table.
    ['FILE', 'LINE', 'TYPE', 'LABEL', 'OWNER', 'EXPIRES', 'REASON'],
    rows.map((row) => [
      printable(row.file),
      row.line === null ? '-' : String(row.line),
      printable(row.type),
      labelText(row.label),
      cell(row.owner),
      row.expires === null ? '-' : `${printable(row.expires)}${row.expired ? ' (expired)' : ''}`,
      cell(row.reason),
    ]),
  );
  const count = (label: AuditLabel) => rows.filter((row) => row.label === label).length;
  const summary =
    `${rows.length} entr${rows.length === 1 ? 'y' : 'ies'}: ${count('real')} real, ` +
    `${count('false-positive')} false positive, ${count('unaudited')} unaudited`;
  return `${table}\n${summary}\n`;
}
