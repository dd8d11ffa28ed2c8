import { credentialCodes, errorCode, throttleCodes } from '../aws/errors.js';

/** The AWS operations migrate calls. */
export type MigrateOperation =
  | 'GetSecretValue'
  | 'BatchGetSecretValue'
  | 'DescribeSecret'
  | 'CreateSecret'
  | 'PutSecretValue'
  | 'UpdateSecret'
  | 'TagResource';

/**
 * One line on why `operation` failed for a secret: the AWS error code and what to change. Built
 * from the code alone; SDK and service messages are never copied, since they can echo a value.
 * (The read side's messages speak of an Action's role and inputs; these speak to a CLI user.)
 */
export function explainMigrateFailure(error: unknown, operation: MigrateOperation): string {
  const code = errorCode(error);
  // BatchGetSecretValue needs GetSecretValue on every secret it reads.
  const action = operation === 'BatchGetSecretValue' ? 'GetSecretValue' : operation;
  if (code === 'AccessDeniedException' || code === 'AccessDenied')
    return `access denied (${code}); allow secretsmanager:${action} on this secret for the credentials in use`;
  if (code === 'ResourceExistsException')
    return `already exists (${code}): it was created after the plan was made; run migrate again`;
  if (code === 'ResourceNotFoundException')
    return `not found (${code}): it was deleted after the plan was made; run migrate again`;
  if (code === 'InvalidRequestException')
    return `request refused (${code}); the secret is probably scheduled for deletion: restore it (aws secretsmanager restore-secret) or use another --prefix`;
  if (code === 'InvalidParameterException' || code === 'ValidationException')
    return `request refused (${code}); check the secret name, --kms-key-id, --tag and --description values`;
  if (code === 'EncryptionFailure' || code.startsWith('KMS'))
    return `the KMS key cannot be used (${code}); check --kms-key-id and allow kms:GenerateDataKey and kms:Decrypt on it (switching keys also needs kms:Decrypt on the secret's current key)`;
  if (code === 'DecryptionFailure')
    return `the current value cannot be decrypted to compare (${code}); allow kms:Decrypt on the secret's KMS key`;
  if (code === 'LimitExceededException')
    return `an account limit was reached (${code}); see the Secrets Manager quotas`;
  if (throttleCodes.has(code))
    return `still throttled after retries (${code}); run again in a minute`;
  if (credentialCodes.has(code))
    return `no valid AWS credentials (${code}); set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or log in with aws sso login`;
  return `${operation} failed (${code}); see the AWS Secrets Manager error reference`;
}

/** True for an error that means the operation itself is unavailable to the caller. */
export function isOperationUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'AccessDeniedException' ||
    code === 'AccessDenied' ||
    code === 'UnknownOperationException'
  );
}
