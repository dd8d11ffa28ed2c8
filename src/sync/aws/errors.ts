import { AwsSecretError, type AwsFailureKind } from '../errors.js';

/** Which AWS operation failed, so the message can name the IAM action to grant. */
export type Operation =
  | 'GetSecretValue'
  | 'BatchGetSecretValue'
  | 'ListSecrets'
  | 'DescribeSecret'
  | 'CreateSecret'
  | 'PutSecretValue'
  | 'UpdateSecret'
  | 'TagResource';

const codeShape = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;

/** The AWS error code of an SDK error (its `name`), or a placeholder; never its message. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const name = (error as { name?: unknown }).name;
    const code = (error as { code?: unknown }).code;
    // Only code-shaped text: the name comes from the response and is printed.
    if (typeof name === 'string' && name !== 'Error' && codeShape.test(name)) return name;
    if (typeof code === 'string' && codeShape.test(code)) return code;
  }
  return 'UnknownError';
}

const timeoutCodes = new Set(['TimeoutError', 'RequestTimeout', 'ETIMEDOUT', 'ECONNRESET']);
/** Codes that mean "slow down": retried with backoff, then reported as throttling. */
export const throttleCodes: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);

/** Codes that mean the caller has no usable credentials. */
export const credentialCodes: ReadonlySet<string> = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'InvalidClientTokenId',
]);

/** True for failures worth another attempt after a pause: throttling, timeouts, 5xx. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  if (throttleCodes.has(code) || timeoutCodes.has(code)) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode;
  return code === 'InternalServiceError' || (status !== undefined && status >= 500);
}

/**
 * The one-line message for an AWS failure on `id` (a secret id or a prefix selector): what
 * happened and what to change. Built from the error code only: SDK messages are never copied,
 * since a service or proxy could echo request or response text into them.
 */
export function toAwsSecretError(error: unknown, id: string, operation: Operation): AwsSecretError {
  const code = errorCode(error);
  const subject = operation === 'ListSecrets' ? `prefix '${id}'` : `secret '${id}'`;
  const [kind, fix] = explain(code, operation);
  return new AwsSecretError(`${subject}: ${fix}`, id, kind, code);
}

function explain(code: string, operation: Operation): [AwsFailureKind, string] {
  // BatchGetSecretValue needs GetSecretValue on each secret; every other call is its own action.
  const action = operation === 'BatchGetSecretValue' ? 'GetSecretValue' : operation;
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return [
      'access-denied',
      `access denied (AccessDeniedException); allow secretsmanager:${action} on ${operation === 'ListSecrets' ? '*' : 'this secret'} in the policy of the role the job assumes`,
    ];
  }
  if (code === 'ResourceNotFoundException') {
    return [
      'not-found',
      'not found (ResourceNotFoundException); check the name or ARN and the region, or set ignore-missing: true',
    ];
  }
  if (code === 'DecryptionFailure') {
    return [
      'decryption-failure',
      "cannot be decrypted (DecryptionFailure); allow kms:Decrypt on the secret's KMS key for the role the job assumes",
    ];
  }
  if (throttleCodes.has(code)) {
    return [
      'throttled',
      `still throttled after retries (${code}); lower the concurrency or run fewer jobs reading secrets at once`,
    ];
  }
  if (timeoutCodes.has(code)) {
    return [
      'timeout',
      `no answer from Secrets Manager in time (${code}); check the network, proxy, region and endpoint`,
    ];
  }
  if (code === 'InvalidRequestException') {
    return [
      'invalid-request',
      'request refused (InvalidRequestException); the secret may be scheduled for deletion, or the version stage/id does not exist',
    ];
  }
  if (code === 'InvalidParameterException' || code === 'ValidationException') {
    return [
      'invalid-request',
      `request refused (${code}); check the secret id, version-id and version-stage inputs`,
    ];
  }
  if (credentialCodes.has(code)) {
    return [
      'credentials',
      `no valid AWS credentials (${code}); add aws-actions/configure-aws-credentials before this step`,
    ];
  }
  return ['other', `${operation} failed (${code}); see the AWS Secrets Manager error reference`];
}
