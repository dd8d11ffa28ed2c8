import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createSecretsManagerClient,
  fetchSecrets,
  maskableParts,
  weakValueWarning,
} from '../../sync/index.js';
import { createGitHubTargets } from '../../sync/github/index.js';
import {
  applyPlan,
  formatPlanText,
  fromInputs,
  parseSyncConfig,
  planSync,
  readTargetStates,
  resolveDesired,
  type SyncSpec,
} from '../../sync/plan/index.js';
import { InputError, regionFor } from '../inputs.js';
import { Masker } from '../masks.js';
import { describeCalls } from '../summary.js';
import { readSyncInputs, type ActionSyncInputs } from './inputs.js';
import { reportResult } from './report.js';

/**
 * The sync step: read the inputs (or the fan-out file), fetch from AWS, mask every value, check
 * the whole desired state, read each target's secrets and manifest, plan, apply (or only print the
 * plan in a dry run), then report. Every item is attempted; the step fails once, at the end, when
 * any item failed.
 *
 * Nothing is printed before the values are masked: a later error message or a debug line of the
 * GitHub client must not be where a value first appears unmasked.
 */
export async function run(): Promise<void> {
  const inputs = readSyncInputs();
  const spec = specOf(inputs);

  // The SDK warns on stderr about old Node versions at client creation, before the masks exist.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = createSecretsManagerClient({
    region: regionFor(inputs.region),
    ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
  });
  const fetched = await fetchSecrets(client, spec.selectors).finally(() => client.destroy());

  const masker = new Masker();
  for (const secret of fetched.secrets) masker.addSecret(secret);
  // Validates names, sizes and limits as a whole, before any write; never quotes a value.
  const desired = resolveDesired(spec, fetched.secrets);
  for (const secret of desired) masker.add(maskableParts(secret.value()));

  // From here on every value is masked; printing is safe.
  const warned = new Set<string>();
  for (const secret of desired) {
    const warning = weakValueWarning(secret.name, secret.value());
    if (warning !== undefined && !warned.has(secret.name)) core.warning(warning);
    warned.add(secret.name);
  }
  core.info(
    `Read ${fetched.secrets.length} secret${fetched.secrets.length === 1 ? '' : 's'} from AWS (${describeCalls(fetched.calls)}): ${desired.length} GitHub secret${desired.length === 1 ? '' : 's'} for ${spec.targets.length} target${spec.targets.length === 1 ? '' : 's'}.`,
  );
  const timing = timingOverrides();
  const github = createGitHubTargets({
    token: inputs.githubToken,
    baseUrl: inputs.githubApiUrl,
    // Rate-limit waits and retries, so a slow run says why; Octokit's per-request lines (an
    // expected 404 for a missing manifest among them) go to the debug log. Routes, never values.
    log: (message) => (/ - \d{3} with id /.test(message) ? core.debug : core.info)(message),
    ...timing,
  });
  const states = await readTargetStates(spec, github, { dryRun: inputs.dryRun });
  const plan = planSync(desired, states, { prune: inputs.prune });
  core.startGroup(inputs.dryRun ? 'Plan (dry run: nothing is written)' : 'Plan');
  core.info(formatPlanText(plan));
  core.endGroup();

  const result = await applyPlan(plan, github, {
    dryRun: inputs.dryRun,
    ...(timing.writeSpacingMs !== undefined ? { spacingMs: timing.writeSpacingMs } : {}),
  });
  await reportResult(result, { reportFile: inputs.reportFile, calls: github.calls() });
}

/** The spec: the fan-out file when `config` is set, else the simple inputs. */
function specOf(inputs: ActionSyncInputs): SyncSpec {
  if (inputs.config === undefined) return fromInputs(inputs.spec);
  const path = resolve(process.env.GITHUB_WORKSPACE ?? '.', inputs.config);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`Input 'config': cannot read '${inputs.config}' (${code}).`);
  }
  return parseSyncConfig(text, inputs.config);
}

/**
 * Pacing overrides for runs against local servers (the tests, the demo, the bench), where GitHub's
 * one-write-a-second advice only slows things down: `SECRETS_ACTION_WRITE_SPACING_MS` and
 * `SECRETS_ACTION_RETRY_BASE_MS` (milliseconds per second of `retry-after`). Unset on GitHub.
 */
function timingOverrides(env = process.env): { writeSpacingMs?: number; retryBaseMs?: number } {
  const number = (name: string) => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    if (!/^\d+$/.test(text))
      throw new InputError(`${name} must be a whole number of ms, got '${text}'.`);
    return Number(text);
  };
  const writeSpacingMs = number('SECRETS_ACTION_WRITE_SPACING_MS');
  const retryBaseMs = number('SECRETS_ACTION_RETRY_BASE_MS');
  return {
    ...(writeSpacingMs !== undefined ? { writeSpacingMs } : {}),
    ...(retryBaseMs !== undefined ? { retryBaseMs } : {}),
  };
}
