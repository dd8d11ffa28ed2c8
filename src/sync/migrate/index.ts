/**
 * The write side of `migrate`: build the secrets to write from `.env` pairs, read what AWS holds,
 * plan create / update / unchanged, and apply with per-secret outcomes. No file or CLI code here.
 */
export type {
  CurrentValue,
  MigrationItem,
  MigrationSettings,
  PlanEntry,
  WriteOutcome,
} from './types.js';
export { buildItems, secretNameProblem, MAX_SECRET_BYTES, type ItemOptions } from './items.js';
export { readCurrentValues } from './current.js';
export { planMigration } from './plan.js';
export { applyMigration } from './apply.js';
export { explainMigrateFailure } from './errors.js';
export { clientOptionsFromEnv, createMigrateClient, type MigrateClientOptions } from './client.js';
