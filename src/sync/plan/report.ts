import { targetLabel } from '../github/types.js';
import type { ApplyResult, ItemOutcome, OutcomeCounts, Plan } from './types.js';
import { alignRow, columnWidths } from '../../shared/table.js';

/** One row of the JSON report: never a value. */
export interface JsonReportItem {
  target: string;
  name: string;
  action: string;
  outcome: string;
  /** The AWS secret id as requested (plus `#json.path` for a JSON leaf). */
  source?: string;
  awsVersionId?: string;
  reason: string;
}

/** The JSON report file's content. */
export interface JsonReport {
  version: 1;
  dryRun: boolean;
  counts: OutcomeCounts;
  items: JsonReportItem[];
  manifestFailures: { target: string; reason: string }[];
}

/** Counts per outcome, for the Action's outputs. */
export function countOutcomes(items: readonly ItemOutcome[]): OutcomeCounts {
  const counts: OutcomeCounts = {
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    failed: 0,
    planned: 0,
  };
  for (const item of items) counts[item.outcome]++;
  return counts;
}

function row(item: ItemOutcome): JsonReportItem {
  const source = item.source
    ? item.source.secretId + (item.source.jsonPath ? `#${item.source.jsonPath}` : '')
    : undefined;
  return {
    target: targetLabel(item.target),
    name: item.name,
    action: item.action,
    outcome: item.outcome,
    ...(source !== undefined ? { source } : {}),
    ...(item.source ? { awsVersionId: item.source.versionId } : {}),
    reason: item.reason,
  };
}

/** The JSON report: every item with target, name, action, outcome, source, AWS version id, reason. */
export function toJsonReport(result: ApplyResult): JsonReport {
  return {
    version: 1,
    dryRun: result.dryRun,
    counts: result.counts,
    items: result.items.map(row),
    manifestFailures: result.manifestFailures.map((f) => ({
      target: targetLabel(f.target),
      reason: f.reason,
    })),
  };
}

/** A fixed-width text table of the plan (for a dry run's log), one line per item. */
export function formatPlanText(plan: Plan): string {
  const rows = plan.targets.flatMap((t) =>
    t.items.map((i) => [
      targetLabel(i.target),
      i.name,
      i.action,
      i.source?.versionId ?? '',
      t.error ?? i.reason,
    ]),
  );
  return table(['target', 'name', 'action', 'aws version', 'reason'], rows);
}

/** A fixed-width text table of the outcomes (target, name, action, outcome, reason) for the log. */
export function formatTable(result: ApplyResult, only?: (item: ItemOutcome) => boolean): string {
  const rows = result.items
    .filter((i) => !only || only(i))
    .map((i) => [targetLabel(i.target), i.name, i.action, i.outcome, i.reason]);
  return table(['target', 'name', 'action', 'outcome', 'reason'], rows);
}

function table(header: string[], rows: string[][]): string {
  const widths = columnWidths(header, rows);
  const rule = widths.map((width) => '-'.repeat(width));
  return [header, rule, ...rows].map((row) => alignRow(row, widths)).join('\n');
}

/** The job summary: counts, then a Markdown table of every item (never a value). */
export function formatMarkdownSummary(result: ApplyResult): string {
  const c = result.counts;
  const title = result.dryRun
    ? '### Secrets sync plan (dry run: nothing written)'
    : '### Secrets sync';
  const counts = result.dryRun
    ? `${c.planned} to write or delete, ${c.unchanged} unchanged, ${c.failed} failed`
    : `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.deleted} deleted, ${c.failed} failed`;
  const lines = [
    title,
    '',
    counts,
    '',
    '| Target | Name | Action | Outcome | AWS version | Reason |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.items.map((i) =>
      [
        targetLabel(i.target),
        `\`${i.name}\``,
        i.action,
        i.outcome,
        i.source?.versionId ?? '',
        i.reason,
      ]
        .map(cell)
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
  ];
  for (const f of result.manifestFailures) {
    lines.push('', `Manifest not saved for ${cell(targetLabel(f.target))}: ${cell(f.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The message the job fails with: how many items failed and one line per failure (target, name,
 * reason); undefined when nothing failed.
 */
export function failureMessage(result: ApplyResult): string | undefined {
  const failed = result.items.filter((i) => i.outcome === 'failed');
  if (failed.length === 0) return undefined;
  return [
    `${failed.length} of ${result.items.length} secrets could not be synced (a re-run retries only those):`,
    ...failed.map((i) => `  - ${targetLabel(i.target)} ${i.name}: ${i.reason}`),
  ].join('\n');
}
