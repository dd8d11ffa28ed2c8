import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { AwsCaller } from '../aws/caller.js';
import { defaultRetry, type RetryPolicy } from '../aws/retry.js';
import { evaluateRotation } from './evaluate.js';
import { listRotationFacts, type SecretFilter } from './list.js';
import type { RotationPolicy } from './policy.js';
import type { RotationReport } from './types.js';

/** What to check and when. */
export interface CheckOptions extends SecretFilter {
  readonly now: Date;
  /** Overrides the policy's warn-days. */
  readonly warnDays?: number;
  readonly retry?: RetryPolicy;
  /** DescribeSecret calls in flight at once, when any are needed (default 8). */
  readonly concurrency?: number;
}

/** A rotation report and the AWS calls it took, per operation. */
export interface CheckResult {
  readonly report: RotationReport;
  readonly calls: Readonly<Record<string, number>>;
}

/**
 * Reads the rotation facts of the selected secrets from Secrets Manager (metadata only: no
 * secret value is requested) and checks them against the policy.
 */
export async function checkRotation(
  client: SecretsManagerClient,
  policy: RotationPolicy,
  options: CheckOptions,
): Promise<CheckResult> {
  const caller = new AwsCaller(options.retry ?? defaultRetry, options.concurrency ?? 8);
  const facts = await listRotationFacts(client, caller, options);
  const report = evaluateRotation(facts, policy, {
    now: options.now,
    ...(options.warnDays !== undefined ? { warnDays: options.warnDays } : {}),
  });
  return { report, calls: { ...caller.calls } };
}
