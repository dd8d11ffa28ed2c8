import { GitHubApiError, type GitHubTargets, type Manifest } from '../github/types.js';
import { countOutcomes } from './report.js';
import { defaultSpacingMs, Pacer, type Clock } from './pacer.js';
import type { ApplyResult, ItemOutcome, PlanItem, TargetPlan } from './types.js';

/** How to apply a plan. */
export interface ApplyOptions {
  /** Print-only: every create/update/delete becomes `planned`, nothing is written. */
  readonly dryRun?: boolean;
  /** Writes in flight at once (default 2: GitHub asks for serial writes; 2 hides latency). */
  readonly concurrency?: number;
  /** Minimum time between the starts of two writes (default `defaultSpacingMs(writes)`). */
  readonly spacingMs?: number;
  /** For tests. */
  readonly clock?: Clock;
}

/**
 * Carries out the plan. Every item is attempted, whatever fails before it; a target whose state
 * could not be read fails all its items without writing. After a target's items, its manifest is
 * written (only when it changed) recording only what succeeded: a failed update keeps the old
 * fingerprint and a failed delete keeps the name, so a re-run retries exactly those. Never throws
 * for a failed item; each outcome's reason is one line with no value in it.
 */
export async function applyPlan(
  plan: { readonly targets: readonly TargetPlan[] },
  github: GitHubTargets,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const dryRun = options.dryRun ?? false;
  const writes = plan.targets.reduce(
    (n, t) => n + (t.error ? 0 : t.items.filter((i) => i.action !== 'unchanged').length + 1),
    0,
  );
  const pacer = new Pacer(
    Math.max(1, options.concurrency ?? 2),
    options.spacingMs ?? defaultSpacingMs(writes),
    options.clock,
  );
  const manifestFailures: { target: TargetPlan['target']; reason: string }[] = [];
  const perTarget = await Promise.all(
    plan.targets.map(async (targetPlan) => {
      const outcomes = await Promise.all(
        targetPlan.items.map((item) => applyItem(item, targetPlan, github, pacer, dryRun)),
      );
      if (!dryRun && !targetPlan.error) {
        const next = nextManifest(targetPlan, outcomes);
        if (!sameManifest(next, targetPlan.manifest)) {
          try {
            await pacer.run(() => github.writeManifest(targetPlan.target, next));
          } catch (error) {
            manifestFailures.push({ target: targetPlan.target, reason: reasonFor(error) });
          }
        }
      }
      return outcomes;
    }),
  );
  const items = perTarget.flat();
  return { dryRun, items, manifestFailures, counts: countOutcomes(items) };
}

async function applyItem(
  item: PlanItem,
  targetPlan: TargetPlan,
  github: GitHubTargets,
  pacer: Pacer,
  dryRun: boolean,
): Promise<ItemOutcome> {
  const base = { target: item.target, name: item.name, action: item.action, source: item.source };
  if (targetPlan.error) return { ...base, outcome: 'failed', reason: targetPlan.error };
  if (item.action === 'unchanged') return { ...base, outcome: 'unchanged', reason: item.reason };
  if (dryRun) return { ...base, outcome: 'planned', reason: item.reason };
  try {
    if (item.action === 'delete') {
      await pacer.run(() => github.deleteSecret(item.target, item.name));
      return { ...base, outcome: 'deleted', reason: item.reason };
    }
    const value = item.value?.() ?? '';
    const result = await pacer.run(() => github.putSecret(item.target, item.name, value));
    return { ...base, outcome: result, reason: item.reason };
  } catch (error) {
    return { ...base, outcome: 'failed', reason: reasonFor(error, item.value?.()) };
  }
}

function nextManifest(targetPlan: TargetPlan, outcomes: readonly ItemOutcome[]): Manifest {
  const secrets: Record<string, string> = { ...(targetPlan.manifest?.secrets ?? {}) };
  targetPlan.items.forEach((item, index) => {
    const outcome = outcomes[index]?.outcome;
    if (outcome === 'deleted') delete secrets[item.name];
    else if (
      (outcome === 'created' || outcome === 'updated' || outcome === 'unchanged') &&
      item.fingerprint
    ) {
      secrets[item.name] = item.fingerprint;
    }
  });
  return {
    v: 1,
    secrets: Object.fromEntries(Object.entries(secrets).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function sameManifest(a: Manifest, b: Manifest | undefined): boolean {
  if (!b) return Object.keys(a.secrets).length === 0;
  const keys = Object.keys(a.secrets);
  return (
    keys.length === Object.keys(b.secrets).length &&
    keys.every((k) => a.secrets[k] === b.secrets[k])
  );
}

/**
 * The one-line reason for a failed write: the `GitHubApiError` message (written to be shown),
 * else the error's class and first line with the value (and each of its lines) blanked out.
 */
function reasonFor(error: unknown, value?: string): string {
  if (error instanceof GitHubApiError) return error.message;
  const name = error instanceof Error ? error.name : 'error';
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return `unexpected ${name}: ${redact(first, value)}`;
}

function redact(text: string, value: string | undefined): string {
  if (!value) return text;
  const parts = [value, ...value.split(/\r?\n/).map((l) => l.trim())].filter((p) => p.length > 0);
  let out = text;
  for (const part of parts.sort((a, b) => b.length - a.length)) out = out.split(part).join('***');
  return out;
}
