/** Exit statuses of every command: documented in `--help` and the README. */
export const ExitCode = {
  /** Nothing found. */
  clean: 0,
  /** At least one finding. */
  findings: 1,
  /** Bad usage, an invalid config file, or an I/O failure that stopped the run. */
  error: 2,
} as const;

/**
 * The base of every expected failure: a message written for the user (naming the input and the
 * fix, never a secret value) and the exit code it maps to.
 */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
}

/** A command line that cannot be run as given (unknown option, bad value, missing argument). */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  readonly exitCode = ExitCode.error;
}

/** A configuration file that is unreadable or invalid; `issues` lists every problem found. */
export class ConfigError extends CliError {
  override readonly name: string = 'ConfigError';
  readonly exitCode = ExitCode.error;

  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(
      issues.length > 0
        ? `${message}\n${issues.map((issue) => `  - ${issue}`).join('\n')}`
        : message,
    );
  }
}

/** A file-system or git failure that stops the whole run (a single unreadable file does not). */
export class IoError extends CliError {
  override readonly name = 'IoError';
  readonly exitCode = ExitCode.error;
}

/**
 * The one place an error becomes an exit code: expected errors carry theirs, anything else is a
 * bug and still fails the run (a non-Error throw included) rather than passing silently.
 */
export function exitCodeFor(error: unknown): number {
  return error instanceof CliError ? error.exitCode : ExitCode.error;
}

/** The text shown for an error: the message of an expected error, more context for a bug. */
export function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) return `internal error: ${error.stack ?? error.message}`;
  return `internal error: ${String(error)}`;
}

/**
 * A `.secrets.baseline` that cannot be used as it is (merge-conflict markers, invalid JSON, a
 * wrong shape, unreadable): the message names the file and how to regenerate it.
 */
export class BaselineError extends CliError {
  override readonly name = 'BaselineError';
  readonly exitCode = ExitCode.error;

  constructor(
    message: string,
    /** The baseline file, as the user named it. */
    readonly file: string,
  ) {
    super(message);
  }
}
