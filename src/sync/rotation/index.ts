/**
 * Rotation policy: parse a policy of name globs and tags → maximum age, read each secret's
 * rotation dates from Secrets Manager (metadata only, never a value) and report which secrets are
 * ok, due soon, overdue or failing to rotate. No `@actions/*` here.
 */
export { parseRotationPolicy, defaultWarnDays } from './policy.js';
export type { RotationPolicy, RotationRule, UnmatchedMode } from './policy.js';
export { parseDays, dayMs } from './duration.js';
export { RotationPolicyError, rotationAwsError } from './errors.js';
export { evaluateRotation, type EvaluateOptions } from './evaluate.js';
export { listRotationFacts, type SecretFilter } from './list.js';
export { checkRotation, type CheckOptions, type CheckResult } from './check.js';
export {
  describeCounts,
  describeFinding,
  findingCells,
  formatRotationTable,
  toRotationJson,
  withStatus,
} from './format.js';
export {
  rotationStatuses,
  type AgeSource,
  type RotationFinding,
  type RotationReport,
  type RotationStatus,
  type SecretRotationFacts,
} from './types.js';
export { parseTagFilters, parseIsoInstant } from './filters.js';
