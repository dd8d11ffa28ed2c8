import { createHash } from 'node:crypto';

/**
 * The printable form of a secret: at most four leading characters (never more than a fifth of
 * the value), then an ellipsis. Short values show nothing.
 */
export function redactSecret(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 5));
  return `${secret.slice(0, shown)}…`;
}

/** Lower-case hex SHA-1 of the UTF-8 bytes, as detect-secrets writes `hashed_secret`. */
export function sha1Hex(value: string): string {
  return createHash('sha1').update(value, 'utf8').digest('hex');
}
