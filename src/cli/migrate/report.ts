import type { PlanEntry, WriteOutcome } from '../../sync/migrate/index.js';
import { renderTable } from '../env/table.js';

function keysOf(entry: PlanEntry): string {
  return entry.item.kind === 'group' ? entry.item.keys.join(', ') : (entry.item.keys[0] ?? '');
}

/** The plan as a table of names (action, secret name, keys, remark) and a count line. */
export function planText(
  plan: readonly PlanEntry[],
  skipped: readonly { key: string; reason: string }[],
  header: string,
): string {
  const rows = [
    ...plan.map((entry) => [
      entry.action,
      entry.item.secretName,
      keysOf(entry),
      entry.reason ?? '',
    ]),
    ...skipped.map((s) => ['skip', '-', s.key, s.reason]),
  ];
  const count = (action: string) => plan.filter((entry) => entry.action === action).length;
  const summary = [
    `${count('create')} to create`,
    `${count('update')} to update`,
    `${count('unchanged')} unchanged`,
    ...(count('fail') > 0 ? [`${count('fail')} cannot be planned`] : []),
    `${skipped.length} key${skipped.length === 1 ? '' : 's'} skipped`,
  ].join(', ');
  return `${header}\n${renderTable(['ACTION', 'SECRET', 'KEYS', 'NOTE'], rows)}${summary}\n`;
}

/**
 * After applying: exactly which secrets were written and which failed, one line each, the reason
 * built from the AWS error code. Plan failures (a secret that could not be read) count as failed.
 */
export function outcomeText(plan: readonly PlanEntry[], outcomes: readonly WriteOutcome[]): string {
  const written = outcomes.filter((o) => o.status !== 'failed');
  const failed = [
    ...plan
      .filter((entry) => entry.action === 'fail')
      .map((entry) => ({ entry, message: entry.reason ?? 'cannot be planned' })),
    ...outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({ entry: o.entry, message: o.message ?? 'failed' })),
  ];
  const unchanged = plan.filter((entry) => entry.action === 'unchanged').length;
  const lines: string[] = [];
  if (written.length > 0) {
    lines.push(`Written (${written.length}):`);
    for (const o of written)
      lines.push(`  ${o.status.padEnd(8)} ${o.entry.item.secretName} (${keysOf(o.entry)})`);
  } else lines.push('Written: none');
  if (unchanged > 0) lines.push(`Unchanged, not written: ${unchanged}`);
  if (failed.length > 0) {
    lines.push(`Failed (${failed.length}); their values were not written:`);
    for (const f of failed)
      lines.push(`  ${f.entry.item.secretName} (${keysOf(f.entry)}): ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
