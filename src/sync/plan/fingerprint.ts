import { createHash } from 'node:crypto';
import type { NameTransformation } from '../types.js';
import type { SecretSource } from './types.js';

/**
 * Identifies what was written without deriving anything from the value: the first 16 hex digits
 * (64 bits) of SHA-256 over `arn \0 versionId \0 jsonPath \0 nameTransformation`. AWS gives every
 * new value a new version id, so an equal fingerprint means the same value (and a re-run can skip
 * the write). 64 bits keep the manifest of GitHub's 1,000-secret org limit under the 48 KB a
 * variable holds; a chance match of two versions of one name is about one in 10^19.
 */
export function fingerprintOf(
  source: SecretSource,
  nameTransformation: NameTransformation,
): string {
  return createHash('sha256')
    .update([source.arn, source.versionId, source.jsonPath ?? '', nameTransformation].join('\0'))
    .digest('hex')
    .slice(0, 16);
}
