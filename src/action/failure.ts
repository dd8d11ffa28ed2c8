import { CliError } from '../shared/errors.js';

/**
 * The failure message for anything thrown by a step. Expected errors carry a message written
 * for the user (naming the input or secret id, never a value). Anything else is a bug or an
 * unmapped SDK error whose message could quote a secret, so only its name and stack frames are
 * shown; a non-Error throw fails the step too rather than passing silently.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) {
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return [`Internal error (${error.name}); please report it with these frames:`, ...frames].join(
      '\n',
    );
  }
  return `Internal error: a non-Error value (${typeof error}) was thrown; please report it.`;
}
