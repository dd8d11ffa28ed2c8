import * as core from '@actions/core';
import { setDefaultAutoSelectFamilyAttemptTimeout } from 'node:net';
import {
  createSecretsManagerClient,
  fetchSecrets,
  parseSecretIds,
  toVariables,
  weakValueWarning,
} from '../sync/index.js';
import { checkFileCommands, exportVariables } from './export.js';
import { readInputs, regionFor } from './inputs.js';
import { Masker } from './masks.js';
import { describeCalls, writeSummary } from './summary.js';

/**
 * The main step: read the inputs, fetch the secrets, mask every part of every value, and only
 * then print, export, record the names for the post step, and write the summary.
 *
 * Nothing is printed before the masks are registered, not even a debug line: the runner masks
 * only what comes after `::add-mask::`, and an early line is where a value would slip through.
 */
export async function run(): Promise<void> {
  const inputs = readInputs();
  const targets = { env: inputs.exportEnv, outputs: inputs.exportOutputs };
  checkFileCommands(targets);
  const selectors = parseSecretIds(inputs.secretIds);

  // Node's dual-stack connect race can time out far from the region (nodejs/node#54359); the AWS
  // action exposes the same knob under the same name.
  setDefaultAutoSelectFamilyAttemptTimeout(inputs.autoSelectFamilyAttemptTimeout);
  // The SDK warns on stderr when Node is older than it will support; printed at client creation,
  // that line would precede the masks. action.yml pins node24, where it never fires.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = createSecretsManagerClient({
    region: regionFor(inputs.region),
    endpoint: inputs.endpoint,
  });
  const started = Date.now();
  const fetched = await fetchSecrets(client, selectors, {
    versionStage: inputs.versionStage,
    versionId: inputs.versionId,
    concurrency: inputs.concurrency,
    ignoreMissing: inputs.ignoreMissing,
  }).finally(() => client.destroy());
  const elapsed = Date.now() - started;

  // Raw values first, so that a naming error (collision, reserved name) cannot come before them.
  const masker = new Masker();
  for (const secret of fetched.secrets) masker.addSecret(secret);
  const namingWarnings: string[] = [];
  const variables = toVariables(
    fetched.secrets,
    {
      parseJson: inputs.parseJsonSecrets,
      jsonKeys: inputs.jsonKeys,
      nameTransformation: inputs.nameTransformation,
      stripPrefix: inputs.stripPrefix,
    },
    namingWarnings,
  );
  for (const variable of variables) masker.addVariable(variable);

  // From here on every value is masked; printing is safe.
  for (const variable of variables)
    core.debug(
      `${variable.name} <- ${variable.sourceId}${variable.jsonPath ? ` (${variable.jsonPath})` : ''}${variable.binary ? ' (binary, base64)' : ''}`,
    );
  for (const id of fetched.missing)
    core.warning(
      id.endsWith('*')
        ? `No secret matches '${id}'; skipped because ignore-missing is true.`
        : `Secret '${id}' was not found; skipped because ignore-missing is true.`,
    );
  for (const warning of namingWarnings) core.warning(warning);
  for (const variable of variables) {
    const warning = weakValueWarning(variable.name, variable.value);
    if (warning !== undefined) core.warning(warning);
  }

  exportVariables(variables, targets);
  const where = [targets.env && 'environment', targets.outputs && 'step outputs']
    .filter(Boolean)
    .join(' and ');
  core.info(
    `Set ${variables.length} variable${variables.length === 1 ? '' : 's'} (${where}) from ${fetched.secrets.length} secret${fetched.secrets.length === 1 ? '' : 's'}: ${describeCalls(fetched.calls)}, ${elapsed} ms.`,
  );
  if (variables.length > 0) core.info(`Variables: ${variables.map((v) => v.name).join(', ')}`);
  await writeSummary(variables, {
    secrets: fetched.secrets.length,
    calls: fetched.calls,
    missing: fetched.missing,
  });
}
