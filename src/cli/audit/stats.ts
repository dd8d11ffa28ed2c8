import { isExpired, type Baseline } from '../../scanner/baseline/index.js';
import { allEntries, compareCodePoints, labelOf, printable } from './entries.js';
import { formatTable } from '../../shared/table.js';

/** Label counts for one secret type, or for the whole baseline. */
export interface AuditCounts {
  total: number;
  real: number;
  falsePositive: number;
  unaudited: number;
  /** Entries whose `expires` is in the past, whatever their label. */
  expired: number;
  /** real / (real + false positive); undefined while no entry is labelled either way. */
  precision: number | undefined;
}

/** `audit --stats`: counts per detect-secrets type (sorted) and overall. */
export interface AuditStats {
  byType: [type: string, counts: AuditCounts][];
  overall: AuditCounts;
}

/** Counts the baseline's labels per type and overall. */
export function auditStats(baseline: Baseline, now: Date): AuditStats {
  const byType = new Map<string, AuditCounts>();
  const overall = emptyCounts();
  for (const entry of allEntries(baseline)) {
    let counts = byType.get(entry.type);
    if (counts === undefined) byType.set(entry.type, (counts = emptyCounts()));
    for (const target of [counts, overall]) {
      target.total++;
      const label = labelOf(entry);
      if (label === 'real') target.real++;
      else if (label === 'false-positive') target.falsePositive++;
      else target.unaudited++;
      if (isExpired(entry, now)) target.expired++;
    }
  }
  for (const counts of [...byType.values(), overall]) {
    const labelled = counts.real + counts.falsePositive;
    // detect-secrets prints 0.0 here, which reads as "every label was wrong"; undefined is honest.
    counts.precision = labelled === 0 ? undefined : counts.real / labelled;
  }
  const sorted = [...byType].sort(([a], [b]) => compareCodePoints(a, b));
  return { byType: sorted, overall };
}

function emptyCounts(): AuditCounts {
  return { total: 0, real: 0, falsePositive: 0, unaudited: 0, expired: 0, precision: undefined };
}

/** The stats as JSON: precision is null where it is undefined. */
export function formatStatsJson(baseline: string, stats: AuditStats): string {
  const counts = (c: AuditCounts) => ({
    total: c.total,
    real: c.real,
    false_positive: c.falsePositive,
    unaudited: c.unaudited,
    expired: c.expired,
    precision: c.precision === undefined ? null : round(c.precision),
  });
  const document = {
    baseline,
    overall: counts(stats.overall),
    by_type: stats.byType.map(([type, c]) => ({ type, ...counts(c) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The stats as a table, one row per type and a total row, then what precision means. */
export function formatStatsTable(stats: AuditStats): string {
  if (stats.overall.total === 0) return 'No entries.\n';
  const row = (name: string, c: AuditCounts) => [
    name,
    String(c.total),
    String(c.real),
    String(c.falsePositive),
    String(c.unaudited),
    String(c.expired),
    c.precision === undefined ? 'undefined' : `${(c.precision * 100).toFixed(1)}%`,
  ];
  const table = formatTable(
    ['TYPE', 'ENTRIES', 'REAL', 'FALSE POSITIVE', 'UNAUDITED', 'EXPIRED', 'PRECISION'],
    [...stats.byType.map(([type, c]) => row(printable(type), c)), row('all types', stats.overall)],
  );
  const note = 'precision = real / (real + false positive); undefined while none is labelled';
  return `${table}\n${note}\n`;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
