import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Replicate API tokens are 40-character strings that start with `r8_` (https://replicate.com/docs/topics/security/api-tokens).
/** Replicate API token. */
export const replicateDetectors: PatternDetector[] = [
  {
    id: 'replicate-api-token',
    description: 'Replicate API token',
    secretType: 'Replicate API Token',
    provider: 'replicate',
    strength: 'prefixed',
    keywords: ['r8_'],
    minEntropy: 3.5,
    pattern: prefixedTokenPattern('r8_', '[A-Za-z0-9]{37}'),
    examples: {
      positive: [
        'REPLICATE_API_TOKEN=r8_{an:37}',
        "client = replicate.Client(api_token='r8_{an:37}')",
      ],
      negative: ['r8_{an:20}', 'r8_{an:38}'],
    },
  },
];
