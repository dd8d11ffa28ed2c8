/**
 * The write side of sync, pure except `readTargetStates` and `applyPlan` (which talk to GitHub
 * through the `GitHubTargets` port): spec (inputs or YAML config) → desired secrets → plan →
 * apply → report. Typical use by the Action:
 *
 * ```ts
 * const spec = text ? parseSyncConfig(text, file) : fromInputs(inputs);
 * const fetched = await fetchSecrets(client, spec.selectors, options);
 * const desired = resolveDesired(spec, fetched.secrets);          // throws SyncConfigError
 * const states = await readTargetStates(spec, github, { dryRun });
 * const plan = planSync(desired, states, { prune });               // throws SyncConfigError (limits)
 * const result = await applyPlan(plan, github, { dryRun });
 * summary(formatMarkdownSummary(result)); writeFile(reportFile, JSON.stringify(toJsonReport(result)));
 * if (result.counts.failed > 0) fail(failureMessage(result));
 * ```
 */
export type {
  ApplyResult,
  DesiredSecret,
  ItemOutcome,
  Outcome,
  OutcomeCounts,
  Plan,
  PlanAction,
  PlanItem,
  SecretMapping,
  SecretSource,
  SyncSpec,
  TargetPlan,
  TargetState,
} from './types.js';
export { SyncConfigError } from './errors.js';
export { fingerprintOf } from './fingerprint.js';
export { githubNameProblem, secretLimit, MAX_SECRET_BYTES } from './names.js';
export { parseSyncConfig, parseRepository } from './config.js';
export { fromInputs, type SyncInputs } from './inputs.js';
export { resolveDesired } from './resolve.js';
export { readTargetStates, type ReadStateOptions } from './state.js';
export { planSync, type PlanOptions } from './plan.js';
export { applyPlan, type ApplyOptions } from './apply.js';
export { defaultSpacingMs, SECONDARY_WRITES_PER_MINUTE } from './pacer.js';
export {
  countOutcomes,
  failureMessage,
  formatPlanText,
  formatTable,
  formatMarkdownSummary,
  toJsonReport,
  type JsonReport,
  type JsonReportItem,
} from './report.js';
