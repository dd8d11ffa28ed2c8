import * as core from '@actions/core';
import type { Variable } from '../sync/index.js';
import { InputError } from './inputs.js';
import { encodeExportedNames, exportedNamesKey } from './state.js';

/** Where the variables go: the job environment, step outputs, or both. */
export interface ExportTargets {
  readonly env: boolean;
  readonly outputs: boolean;
}

/**
 * Fails early when a file command the export needs is missing. Without `GITHUB_ENV`,
 * `@actions/core` falls back to printing `::set-env` with the value on stdout; that is never
 * acceptable for a secret, so refuse instead (before anything is fetched).
 */
export function checkFileCommands(targets: ExportTargets, env = process.env): void {
  const needed = [
    ...(targets.env ? ['GITHUB_ENV', 'GITHUB_STATE'] : []),
    ...(targets.outputs ? ['GITHUB_OUTPUT'] : []),
  ];
  const missing = needed.filter((name) => !env[name]);
  if (missing.length > 0)
    throw new InputError(
      `${missing.join(', ')} not set: this action must run as a GitHub Actions step (runner 2.327.1 or later).`,
    );
}

/**
 * Exports each variable (already masked) to the job environment and/or step outputs, sets the
 * `names` output, and records the exported names for the post step's cleanup.
 */
export function exportVariables(variables: readonly Variable[], targets: ExportTargets): void {
  const names = variables.map((variable) => variable.name);
  // Outputs cannot be withdrawn once set; only environment variables are blanked after the job.
  // Saved first, so that a failure half-way through still leaves the post step the full list.
  if (targets.env) core.saveState(exportedNamesKey, encodeExportedNames(names));
  for (const variable of variables) {
    if (targets.env) core.exportVariable(variable.name, variable.value);
    if (targets.outputs) core.setOutput(variable.name, variable.value);
  }
  if (process.env.GITHUB_OUTPUT) core.setOutput('names', JSON.stringify(names));
}
