import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Resend API keys start with `re_` (https://resend.com/docs/dashboard/api-keys/introduction): a short
// key id, an underscore and the secret part.
/** Resend API key. */
export const resendDetectors: PatternDetector[] = [
  {
    id: 'resend-api-key',
    description: 'Resend API key',
    secretType: 'Resend API Key',
    provider: 'resend',
    strength: 'prefixed',
    // The key's shape up to its secret's first twenty characters: `re_` alone picks every
    // `require_…` and `compare_…` in bundled JavaScript.
    keywords: [],
    trigger: 're_[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20}',
    minEntropy: 3.5,
    pattern: prefixedTokenPattern('re_', '[A-Za-z0-9]{8,12}_[A-Za-z0-9]{20,32}'),
    examples: {
      positive: [
        'RESEND_API_KEY=re_{an:8}_{an:24}',
        "const resend = new Resend('re_{an:8}_{an:24}');",
      ],
      negative: ['re_123', 'ignore_{an:8}_{an:24}', 're_{an:8}_{an:10}'],
    },
  },
];
