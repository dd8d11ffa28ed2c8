/**
 * The write side of `migrate`: build the secrets to write from `.env` pairs, read what AWS holds
 * (values, and the tags, description and KMS key of existing secrets), plan create / update /
 * update-settings / retag / unchanged, and apply with per-secret outcomes. No file or CLI code.
 */
export type {
  CurrentSettings,
  CurrentValue,
  MigrationItem,
  MigrationSettings,
  PlanAction,
  PlanEntry,
  SecretTag,
  SettingsChange,
  WriteOutcome,
} from './types.js';
export { buildItems, secretNameProblem, MAX_SECRET_BYTES, type ItemOptions } from './items.js';
export { readCurrentValues } from './current.js';
export { readCurrentSettings, commonPrefix } from './settings.js';
export { missingTags, sameKmsKey, settingsChange } from './settings-diff.js';
export { planMigration, type CurrentState } from './plan.js';
export { applyMigration } from './apply.js';
export { explainMigrateFailure } from './errors.js';
export { clientOptionsFromEnv } from './client.js';
