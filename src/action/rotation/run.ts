import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSecretsManagerClient } from '../../sync/index.js';
import { checkRotation, parseRotationPolicy } from '../../sync/rotation/index.js';
import { InputError, regionFor } from '../inputs.js';
import { readRotationInputs, type RotationInputs } from './inputs.js';
import { reportRotation } from './report.js';

/**
 * The rotation step: read the inputs and the policy, list the secrets' rotation metadata from
 * AWS (ListSecrets only: no GetSecretValue, so no value can reach the log), check them against
 * the policy at the current time, and report.
 */
export async function run(): Promise<void> {
  const inputs = readRotationInputs();
  const [policyName, text] = policyText(inputs);
  const policy = parseRotationPolicy(text, policyName);

  // The SDK warns on stderr about old Node versions at client creation: noise in the log.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = createSecretsManagerClient({
    region: regionFor(inputs.region),
    ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
  });
  const { report, calls } = await checkRotation(client, policy, {
    now: new Date(),
    ...(inputs.prefix !== undefined ? { prefix: inputs.prefix } : {}),
    tags: inputs.tags,
    ...(inputs.warnDays !== undefined ? { warnDays: inputs.warnDays } : {}),
  }).finally(() => client.destroy());
  await reportRotation(report, {
    policy: policyName,
    calls,
    failOnOverdue: inputs.failOnOverdue,
    ...(inputs.reportFile !== undefined ? { reportFile: inputs.reportFile } : {}),
  });
}

/** The policy's name for messages and its YAML text. */
function policyText(inputs: RotationInputs): [string, string] {
  if ('inline' in inputs.policy) return ['policy-inline', inputs.policy.inline];
  const path = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.policy.path);
  try {
    return [inputs.policy.path, readFileSync(path, 'utf8')];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(
      `Input 'policy': cannot read '${inputs.policy.path}' (${code}); is the repository checked out (actions/checkout) before this step?`,
    );
  }
}
