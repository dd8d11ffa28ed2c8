import { targetLabel, type TargetRef } from '../github/types.js';
import { SyncConfigError } from './errors.js';
import { targetKey } from './keys.js';
import { secretLimit } from './names.js';
import type { DesiredSecret, Plan, PlanItem, TargetPlan, TargetState } from './types.js';

/** How to plan. */
export interface PlanOptions {
  /** Delete secrets this action manages (listed in the manifest) that are no longer desired. */
  readonly prune: boolean;
}

/**
 * Compares what each target should hold with what it holds. Per name: `unchanged` when GitHub
 * has it and the manifest's fingerprint matches, `update` when GitHub has it otherwise (changed
 * in AWS, or not managed yet), `create` when GitHub lacks it; with `prune`, `delete` for names
 * in the manifest that GitHub still has and no source gives any more (never other names).
 * Pure. Throws `SyncConfigError` when a target would exceed GitHub's secret limit.
 */
export function planSync(
  desired: readonly DesiredSecret[],
  states: readonly TargetState[],
  options: PlanOptions,
): Plan {
  const byTarget = new Map<string, { target: TargetRef; desired: DesiredSecret[] }>();
  for (const state of states)
    byTarget.set(targetKey(state.target), { target: state.target, desired: [] });
  for (const secret of desired) {
    const key = targetKey(secret.target);
    const entry = byTarget.get(key) ?? { target: secret.target, desired: [] };
    entry.desired.push(secret);
    byTarget.set(key, entry);
  }
  const stateOf = new Map(states.map((s) => [targetKey(s.target), s]));
  const issues: string[] = [];
  const targets: TargetPlan[] = [];
  for (const [key, { target, desired: wanted }] of byTarget) {
    const state = stateOf.get(key) ?? { target, existing: [] };
    const plan = planTarget(target, wanted, state, options);
    const total = countAfter(plan, state);
    if (total > secretLimit(target)) {
      issues.push(
        `${targetLabel(target)} would hold ${total} secrets; GitHub allows ${secretLimit(target)}: sync fewer secrets there or remove unused ones`,
      );
    }
    targets.push(plan);
  }
  if (issues.length > 0) throw new SyncConfigError('the sync cannot be applied:', issues);
  return { targets };
}

function planTarget(
  target: TargetRef,
  wanted: readonly DesiredSecret[],
  state: TargetState,
  options: PlanOptions,
): TargetPlan {
  const existing = new Set(state.existing.map((s) => s.name.toUpperCase()));
  const managed = state.manifest?.secrets ?? {};
  const items: PlanItem[] = [];
  const wantedNames = new Set<string>();
  for (const secret of wanted) {
    wantedNames.add(secret.name);
    const common = {
      target,
      name: secret.name,
      source: secret.source,
      fingerprint: secret.fingerprint,
    };
    if (state.error === undefined && !existing.has(secret.name)) {
      items.push({ ...common, action: 'create', reason: 'new secret', value: secret.value });
    } else if (state.error === undefined && managed[secret.name] === secret.fingerprint) {
      items.push({ ...common, action: 'unchanged', reason: 'same AWS version' });
    } else {
      const reason =
        state.error !== undefined
          ? 'target could not be read'
          : managed[secret.name] === undefined
            ? 'exists, not managed by this action yet'
            : 'AWS version changed';
      items.push({ ...common, action: 'update', reason, value: secret.value });
    }
  }
  if (options.prune && state.error === undefined) {
    for (const name of Object.keys(managed).sort()) {
      if (wantedNames.has(name) || !existing.has(name)) continue;
      items.push({
        target,
        name,
        action: 'delete',
        reason: 'managed by this action, gone from the source',
      });
    }
  }
  return { target, items, manifest: state.manifest, error: state.error };
}

function countAfter(plan: TargetPlan, state: TargetState): number {
  const names = new Set(state.existing.map((s) => s.name.toUpperCase()));
  for (const item of plan.items) {
    if (item.action === 'delete') names.delete(item.name);
    else names.add(item.name);
  }
  return names.size;
}
