import { relative } from 'node:path';
import type { MigrationItem, PlanEntry, WriteOutcome } from '../../sync/migrate/index.js';
import { readBackIds } from './next-step.js';
import { countActions, failuresOf } from './report.js';
import type { RewriteResult } from './rewrite.js';

/** Everything one `migrate` run decided and did, for `--format json`. Names only. */
export interface MigrateRun {
  /** The `.env` as the user named it. */
  readonly file: string;
  readonly region?: string;
  readonly dryRun: boolean;
  /** Problems that refused the run before any AWS call, each naming a key. */
  readonly issues: readonly string[];
  readonly plan: readonly PlanEntry[];
  readonly skipped: readonly { readonly key: string; readonly reason: string }[];
  readonly notes: readonly string[];
  /** The writes' outcomes; absent for a dry run or a run refused before writing. */
  readonly outcomes?: readonly WriteOutcome[];
  readonly rewrite?: RewriteResult;
  /** The secrets that are in AWS after the run, for the read-back ids. */
  readonly inAws: readonly MigrationItem[];
}

function planJson(entry: PlanEntry) {
  const { changes } = entry;
  return {
    name: entry.item.secretName,
    kind: entry.item.kind,
    keys: entry.item.keys,
    action: entry.action,
    ...(entry.action !== 'fail' && entry.reason ? { note: entry.reason } : {}),
    ...(changes
      ? {
          changes: {
            tags: changes.tags.map((tag) => tag.Key),
            description: changes.description !== undefined,
            ...(changes.kmsKeyId !== undefined
              ? { kmsKeyId: changes.kmsKeyId, currentKmsKeyId: changes.currentKmsKeyId ?? null }
              : {}),
          },
        }
      : {}),
    ...(entry.settingsUnchecked ? { settingsUnchecked: entry.settingsUnchecked } : {}),
    ...(entry.action === 'fail'
      ? { error: { code: entry.code ?? 'UnknownError', message: entry.reason ?? '' } }
      : {}),
  };
}

function outcomeJson(plan: readonly PlanEntry[], outcomes: readonly WriteOutcome[]) {
  const failed = failuresOf(plan, outcomes).map((f) => ({
    name: f.entry.item.secretName,
    keys: f.entry.item.keys,
    action: f.entry.action,
    ...(f.operation ? { operation: f.operation } : {}),
    code: f.code,
    message: f.message,
  }));
  const errorsByCode: Record<string, string[]> = {};
  for (const f of failed) (errorsByCode[f.code] ??= []).push(f.name);
  return {
    written: outcomes
      .filter((o) => o.status !== 'failed')
      .map((o) => ({ name: o.entry.item.secretName, keys: o.entry.item.keys, status: o.status })),
    unchanged: plan.filter((e) => e.action === 'unchanged').map((e) => e.item.secretName),
    failed,
    errorsByCode,
  };
}

function rewriteJson(result: RewriteResult, file: string, cwd: string) {
  const show = (path: string) => relative(cwd, path) || path;
  return {
    envFile: file,
    removed: result.removed,
    ...(result.example
      ? { example: { file: show(result.example.path), action: result.example.action } }
      : {}),
    gitignore: { file: show(result.ignore.gitignore), action: result.ignore.action },
    tracked: result.ignore.tracked,
  };
}

/**
 * The JSON document of a run: the plan (names, actions, what else changes), the outcome
 * (written, unchanged, failed with operation and AWS error code, and failures grouped by code),
 * the rewrite and the read-back ids. Built from names and codes only, so no value can be in it.
 */
export function migrateJson(run: MigrateRun, cwd: string, ok: boolean) {
  return {
    ok,
    file: run.file,
    ...(run.region ? { region: run.region } : {}),
    dryRun: run.dryRun,
    issues: run.issues,
    summary: { ...countActions(run.plan), skip: run.skipped.length },
    plan: run.plan.map(planJson),
    skipped: run.skipped,
    notes: run.notes,
    outcome: run.outcomes ? outcomeJson(run.plan, run.outcomes) : null,
    rewrite: run.rewrite ? rewriteJson(run.rewrite, run.file, cwd) : null,
    readBack: readBackIds(run.inAws),
  };
}
