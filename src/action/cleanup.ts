import * as core from '@actions/core';
import { InputError, booleanInput } from './inputs.js';
import { decodeExportedNames, exportedNamesKey } from './state.js';

/**
 * The post step: blanks every variable the main step exported, so steps added after this one by
 * other actions' post steps do not see the secrets. The runner has no unset; an empty value is
 * the closest there is.
 */
export async function run(): Promise<void> {
  const names = decodeExportedNames(core.getState(exportedNamesKey));
  if (!booleanInput('cleanup', true)) {
    if (names.length > 0)
      core.info(`cleanup is false: ${names.length} variables left as they are.`);
    return;
  }
  if (names.length === 0) return;
  if (!process.env.GITHUB_ENV)
    throw new InputError('GITHUB_ENV is not set: the cleanup must run as a post step on a runner.');
  for (const name of names) core.exportVariable(name, '');
  core.info(
    `Blanked ${names.length} variable${names.length === 1 ? '' : 's'}: ${names.join(', ')}`,
  );
}
