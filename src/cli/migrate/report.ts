import type { PlanEntry, SettingsChange, WriteOutcome } from '../../sync/migrate/index.js';
import { formatTable } from '../../shared/table.js';

/** The `.env` keys an entry holds, as one cell. */
export function keysOf(entry: PlanEntry): string {
  return entry.item.kind === 'group' ? entry.item.keys.join(', ') : (entry.item.keys[0] ?? '');
}

/** What a settings change sets, names and key ids only: `tags team; description; KMS key …`. */
export function changesText(changes: SettingsChange): string {
  const parts: string[] = [];
  if (changes.tags.length > 0)
    parts.push(
      `tag${changes.tags.length === 1 ? '' : 's'} ${changes.tags.map((t) => t.Key).join(', ')}`,
    );
  if (changes.description !== undefined) parts.push('description');
  if (changes.kmsKeyId !== undefined)
    parts.push(
      `KMS key ${changes.kmsKeyId || 'aws/secretsmanager'} (now ${changes.currentKmsKeyId ?? 'aws/secretsmanager'})`,
    );
  return parts.length > 0 ? `sets ${parts.join('; ')}` : '';
}

/** The NOTE cell: the plan's remark, what else is set, and settings that could not be read. */
export function noteOf(entry: PlanEntry): string {
  const parts = [
    entry.reason ?? '',
    entry.changes ? changesText(entry.changes) : '',
    entry.settingsUnchecked
      ? `tags, description and KMS key not checked (${entry.settingsUnchecked.operation}: ${entry.settingsUnchecked.code})`
      : '',
  ];
  return parts.filter((part) => part !== '').join('; ');
}

/** How many entries of each action the plan holds. */
export function countActions(plan: readonly PlanEntry[]): Record<PlanEntry['action'], number> {
  const counts = { create: 0, update: 0, 'update-settings': 0, retag: 0, unchanged: 0, fail: 0 };
  for (const entry of plan) counts[entry.action]++;
  return counts;
}

/** The plan as a table of names (action, secret name, keys, remark) and a count line. */
export function planText(
  plan: readonly PlanEntry[],
  skipped: readonly { key: string; reason: string }[],
  header: string,
): string {
  const rows = [
    ...plan.map((entry) => [entry.action, entry.item.secretName, keysOf(entry), noteOf(entry)]),
    ...skipped.map((s) => ['skip', '-', s.key, s.reason]),
  ];
  const count = countActions(plan);
  const summary = [
    `${count.create} to create`,
    `${count.update} to update`,
    ...(count['update-settings'] > 0 ? [`${count['update-settings']} to update settings`] : []),
    ...(count.retag > 0 ? [`${count.retag} to retag`] : []),
    `${count.unchanged} unchanged`,
    ...(count.fail > 0 ? [`${count.fail} cannot be planned`] : []),
    `${skipped.length} key${skipped.length === 1 ? '' : 's'} skipped`,
  ].join(', ');
  return `${header}\n${formatTable(['ACTION', 'SECRET', 'KEYS', 'NOTE'], rows)}${summary}\n`;
}

/** Every failure of a run: plan entries that could not be planned, then failed writes. */
export function failuresOf(
  plan: readonly PlanEntry[],
  outcomes: readonly WriteOutcome[],
): { entry: PlanEntry; operation?: string; code: string; message: string }[] {
  return [
    ...plan
      .filter((entry) => entry.action === 'fail')
      .map((entry) => ({
        entry,
        code: entry.code ?? 'UnknownError',
        message: entry.reason ?? 'cannot be planned',
      })),
    ...outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({
        entry: o.entry,
        ...(o.operation ? { operation: o.operation } : {}),
        code: o.code ?? 'UnknownError',
        message: o.message ?? 'failed',
      })),
  ];
}

const notDone: Record<PlanEntry['action'], string> = {
  create: 'not created: ',
  update: 'value not updated: ',
  'update-settings': 'settings not updated: ',
  retag: 'tags not set: ',
  unchanged: '',
  fail: '',
};

/**
 * After applying: exactly which secrets were written and which failed, one line each, the reason
 * built from the AWS error code. Plan failures (a secret that could not be read) count as failed.
 */
export function outcomeText(plan: readonly PlanEntry[], outcomes: readonly WriteOutcome[]): string {
  const written = outcomes.filter((o) => o.status !== 'failed');
  const failed = failuresOf(plan, outcomes);
  const unchanged = plan.filter((entry) => entry.action === 'unchanged').length;
  const lines: string[] = [];
  if (written.length > 0) {
    lines.push(`Written (${written.length}):`);
    for (const o of written)
      lines.push(`  ${o.status.padEnd(16)} ${o.entry.item.secretName} (${keysOf(o.entry)})`);
  } else lines.push('Written: none');
  if (unchanged > 0) lines.push(`Unchanged, not written: ${unchanged}`);
  if (failed.length > 0) {
    lines.push(`Failed (${failed.length}):`);
    for (const f of failed)
      lines.push(
        `  ${f.entry.item.secretName} (${keysOf(f.entry)}): ${notDone[f.entry.action]}${f.message}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
