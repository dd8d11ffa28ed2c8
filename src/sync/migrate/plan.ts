import { isNoChange, settingsChange } from './settings-diff.js';
import type {
  CurrentSettings,
  CurrentValue,
  MigrationItem,
  MigrationSettings,
  PlanEntry,
} from './types.js';

/** What AWS holds now: values by name, and the settings of the secrets that exist. */
export interface CurrentState {
  readonly values: ReadonlyMap<string, CurrentValue>;
  /** Absent for a name whose settings were not read: it is compared by value only. */
  readonly settings?: ReadonlyMap<string, CurrentSettings>;
}

/**
 * Decides, for each item: create (AWS has no such secret), update (it holds another value),
 * update-settings (the same value, another description or KMS key), retag (the same value and
 * settings, a wanted tag missing), unchanged (nothing to write), or fail (it cannot be read, or
 * a group's secret is not a JSON object). Values are compared in memory and never printed.
 */
export function planMigration(
  items: readonly MigrationItem[],
  current: CurrentState,
  wanted: MigrationSettings,
): PlanEntry[] {
  return items.map((item) => {
    const value = current.values.get(item.secretName) ?? { state: 'missing' };
    const byValue = planValue(item, value);
    if (byValue.action !== 'update' && byValue.action !== 'unchanged') return byValue;
    return withSettings(byValue, current.settings?.get(item.secretName), wanted);
  });
}

/** Adds to an update or unchanged entry what its tags, description and KMS key need. */
function withSettings(
  entry: PlanEntry,
  settings: CurrentSettings | undefined,
  wanted: MigrationSettings,
): PlanEntry {
  if (settings?.state !== 'known') {
    const unchecked = settings
      ? { settingsUnchecked: { operation: settings.operation, code: settings.code } }
      : {};
    // Without the current tags an update sets them all, as a blind write would; unchanged stays.
    return entry.action === 'update'
      ? { ...entry, changes: { tags: wanted.tags }, ...unchecked }
      : { ...entry, ...unchecked };
  }
  const changes = settingsChange(settings, wanted);
  if (entry.action === 'update') return isNoChange(changes) ? entry : { ...entry, changes };
  if (changes.description !== undefined || changes.kmsKeyId !== undefined)
    return { ...entry, action: 'update-settings', changes };
  if (changes.tags.length > 0) return { ...entry, action: 'retag', changes };
  return entry;
}

function planValue(item: MigrationItem, now: CurrentValue): PlanEntry {
  if (now.state === 'error') return { item, action: 'fail', reason: now.message, code: now.code };
  if (item.kind === 'single') {
    const value = item.value as string;
    if (now.state === 'missing') return { item, action: 'create', secretString: value };
    if (now.state === 'string' && now.text === value) return { item, action: 'unchanged' };
    return {
      item,
      action: 'update',
      secretString: value,
      ...(now.state === 'binary' ? { reason: 'replaces a binary value' } : {}),
    };
  }
  const ours = item.value as Readonly<Record<string, string>>;
  if (now.state === 'missing')
    return { item, action: 'create', secretString: JSON.stringify(ours) };
  const theirs = now.state === 'string' ? jsonObject(now.text) : undefined;
  if (theirs === undefined)
    return {
      item,
      action: 'fail',
      code: 'NotAJsonObject',
      reason:
        'the secret exists and does not hold a JSON object, so keys cannot be added to it; choose another --group name',
    };
  if (Object.entries(ours).every(([key, value]) => theirs[key] === value))
    return { item, action: 'unchanged' };
  // Properties that are not in this .env (added by hand, or from another file) are kept.
  const kept = Object.keys(theirs).filter((key) => !(key in ours)).length;
  return {
    item,
    action: 'update',
    secretString: JSON.stringify({ ...theirs, ...ours }),
    ...(kept > 0 ? { reason: `keeps ${kept} other propert${kept === 1 ? 'y' : 'ies'}` } : {}),
  };
}

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
