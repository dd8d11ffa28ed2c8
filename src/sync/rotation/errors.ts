import { ConfigError } from '../../shared/errors.js';
import { toAwsSecretError, type Operation } from '../aws/errors.js';
import { AwsSecretError } from '../errors.js';

/** A rotation policy that cannot be used; `issues` lists every problem with its line. */
export class RotationPolicyError extends ConfigError {
  override readonly name: string = 'RotationPolicyError';
}

/**
 * The one-line message for a failed ListSecrets or DescribeSecret call of a rotation check: what
 * was being read, the IAM action to allow and the fix. The shared explanation is worded for the
 * Actions that read values (a prefix selector, `ignore-missing`, a workflow step), so the subject
 * and the region and credential hints are restated here for both the CLI and the Action.
 */
export function rotationAwsError(error: unknown, operation: Operation, id: string): AwsSecretError {
  const what =
    operation === 'ListSecrets'
      ? `listing secrets${id ? ` with prefix '${id}'` : ''}`
      : `describing secret '${id}'`;
  // The SDK's own configuration error: a plain Error with this fixed message and no code.
  if (error instanceof Error && error.message === 'Region is missing')
    return new AwsSecretError(
      `${what}: no AWS region; pass --region (the Action's region input) or set AWS_REGION`,
      id,
      'other',
      'RegionMissing',
    );
  const shared = toAwsSecretError(error, id, operation);
  if (shared.kind === 'credentials')
    return new AwsSecretError(
      `${what}: no valid AWS credentials (${shared.code}); set AWS_PROFILE or AWS_ACCESS_KEY_ID, or run aws-actions/configure-aws-credentials before the step in a workflow`,
      id,
      shared.kind,
      shared.code,
    );
  const subject = operation === 'ListSecrets' ? `prefix '${id}'` : `secret '${id}'`;
  return new AwsSecretError(
    `${what}: ${shared.message.slice(subject.length + 2)}`,
    id,
    shared.kind,
    shared.code,
  );
}
