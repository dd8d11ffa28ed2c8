import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// age X25519 identities: Bech32 with the human-readable part `AGE-SECRET-KEY-`, separator `1`,
// then 58 upper-case Bech32 characters (matched as [A-Z0-9]). https://age-encryption.org/v1

/** age encryption secret keys (identities). */
export const ageDetectors: PatternDetector[] = [
  prefixed({
    id: 'age-secret-key',
    description: 'age encryption secret key',
    provider: 'age',
    prefix: 'AGE-SECRET-KEY-1',
    body: '[A-Z0-9]{58}',
    examples: {
      positive: ['AGE-SECRET-KEY-1QZ{b32:56}', 'identity: "AGE-SECRET-KEY-1{uan:58}"'],
      negative: ['AGE-SECRET-KEY-1{b32:40}', 'AGE-SECRET-KEY-1{b32:58}B'],
    },
  }),
];
