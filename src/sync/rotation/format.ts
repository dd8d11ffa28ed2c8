import {
  rotationStatuses,
  type RotationFinding,
  type RotationReport,
  type RotationStatus,
} from './types.js';
import { alignRow, columnWidths } from '../../shared/table.js';

/** `2 overdue, 1 due-soon, 40 ok`: the non-zero counts in severity order. */
export function describeCounts(report: RotationReport): string {
  const parts = rotationStatuses
    .filter((status) => report.counts[status] > 0)
    .map((status) => `${report.counts[status]} ${status}`);
  return parts.length > 0 ? parts.join(', ') : 'no secrets';
}

/** One line about a finding, for logs and annotations: status, name, age and rule. */
export function describeFinding(finding: RotationFinding): string {
  const age =
    finding.ageDays !== undefined && finding.rule
      ? ` is ${finding.ageDays} days old (from ${finding.ageFrom}), max-age ${finding.rule.maxAgeDays} days (rule ${finding.rule.index}: ${finding.rule.label})`
      : '';
  const due =
    finding.status === 'overdue' && finding.daysLeft !== undefined
      ? `; overdue by ${-finding.daysLeft} day${finding.daysLeft === -1 ? '' : 's'}`
      : finding.status === 'due-soon' && finding.dueDate
        ? `; due ${finding.dueDate.slice(0, 10)}`
        : '';
  const note = finding.note ? `; ${finding.note}` : '';
  return `${finding.name} (${finding.status})${age}${due}${note}`;
}

const headers = ['STATUS', 'SECRET', 'AGE', 'MAX', 'DUE', 'LEFT', 'AGE FROM', 'RULE'];

/** The table cells of a finding; `-` where a column does not apply. */
export function findingCells(finding: RotationFinding): string[] {
  const days = (n: number | undefined) => (n === undefined ? '-' : `${n}d`);
  return [
    finding.status,
    finding.name,
    days(finding.ageDays),
    days(finding.rule?.maxAgeDays),
    finding.dueDate?.slice(0, 10) ?? '-',
    finding.daysLeft === undefined ? '-' : String(finding.daysLeft),
    finding.ageFrom ?? '-',
    finding.rule ? `${finding.rule.index}: ${finding.rule.label}` : '-',
  ];
}

/**
 * The report as an aligned text table, most severe first, notes on their own line under the
 * secret, then the counts. Names and dates only: a report never holds a value or a tag.
 */
export function formatRotationTable(report: RotationReport): string {
  const rows = report.findings.map(findingCells);
  const widths = columnWidths(headers, rows);
  const line = (cells: readonly string[]) => alignRow(cells, widths);
  const lines = [line(headers)];
  report.findings.forEach((finding, index) => {
    lines.push(line(rows[index] ?? []));
    if (finding.note && finding.status !== 'ignored' && finding.status !== 'unmanaged')
      lines.push(`${' '.repeat((widths[0] ?? 0) + 2)}note: ${finding.note}`);
  });
  const total = report.findings.length;
  lines.push(
    '',
    `${total} secret${total === 1 ? '' : 's'}: ${describeCounts(report)} (at ${report.now}, warn-days ${report.warnDays})`,
  );
  return `${lines.join('\n')}\n`;
}

/** The JSON report (version 1): when, counts, AWS calls and one entry per secret. */
export function toRotationJson(
  report: RotationReport,
  extra: { policy?: string; calls?: Readonly<Record<string, number>> } = {},
): Record<string, unknown> {
  return {
    version: 1,
    now: report.now,
    ...(extra.policy !== undefined ? { policy: extra.policy } : {}),
    warnDays: report.warnDays,
    failing: report.failing,
    counts: report.counts,
    ...(extra.calls !== undefined ? { calls: extra.calls } : {}),
    secrets: report.findings,
  };
}

/** The findings with one of these statuses, in report order. */
export function withStatus(
  report: RotationReport,
  ...statuses: RotationStatus[]
): RotationFinding[] {
  return report.findings.filter((finding) => statuses.includes(finding.status));
}
