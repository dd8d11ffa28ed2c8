import { CliError, ExitCode } from '../shared/errors.js';

/** A `secret-ids` line that cannot be used (bad alias, bad prefix, stray comma): names the line. */
export class SecretIdsError extends CliError {
  override readonly name = 'SecretIdsError';
  readonly exitCode = ExitCode.error;
}

/** What went wrong reading one secret, as a category callers can branch on. */
export type AwsFailureKind =
  | 'access-denied'
  | 'not-found'
  | 'decryption-failure'
  | 'throttled'
  | 'timeout'
  | 'invalid-request'
  | 'credentials'
  | 'not-unique'
  | 'other';

/**
 * One secret (or prefix) that could not be read. The message is one line naming the id and the
 * fix; it never contains text from the SDK error, which could echo a value.
 */
export class AwsSecretError extends CliError {
  override readonly name = 'AwsSecretError';
  readonly exitCode = ExitCode.error;

  constructor(
    message: string,
    /** The secret id or prefix as written. */
    readonly secretId: string,
    readonly kind: AwsFailureKind,
    /** The AWS error code (`AccessDeniedException`), never its message. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** Every secret that failed in one run, one line each, so the user fixes them all at once. */
export class SecretFetchError extends CliError {
  override readonly name = 'SecretFetchError';
  readonly exitCode = ExitCode.error;

  constructor(readonly failures: readonly AwsSecretError[]) {
    super(
      failures.length === 1
        ? (failures[0]?.message ?? '')
        : `${failures.length} secrets could not be read:\n${failures.map((f) => `  - ${f.message}`).join('\n')}`,
    );
  }
}

/**
 * Variable names that cannot be used: invalid, reserved (`GITHUB_*`, `RUNNER_*`, `NODE_OPTIONS`)
 * or claimed by two sources. Each issue names the secret ids and suggests an alias.
 */
export class VariableNameError extends CliError {
  override readonly name = 'VariableNameError';
  readonly exitCode = ExitCode.error;

  constructor(readonly issues: readonly string[]) {
    super(
      issues.length === 1
        ? (issues[0] ?? '')
        : `${issues.length} variable name problems:\n${issues.map((i) => `  - ${i}`).join('\n')}`,
    );
  }
}
