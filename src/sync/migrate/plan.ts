import type { CurrentValue, MigrationItem, PlanEntry } from './types.js';

/**
 * Decides, for each item, create (AWS has no such secret), unchanged (AWS holds exactly this
 * value: nothing is written), update (it holds something else), or fail (it cannot be read, or a
 * group's secret is not a JSON object). Values are compared in memory and never printed.
 */
export function planMigration(
  items: readonly MigrationItem[],
  current: ReadonlyMap<string, CurrentValue>,
): PlanEntry[] {
  return items.map((item) => planItem(item, current.get(item.secretName) ?? { state: 'missing' }));
}

function planItem(item: MigrationItem, now: CurrentValue): PlanEntry {
  if (now.state === 'error') return { item, action: 'fail', reason: now.message };
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
