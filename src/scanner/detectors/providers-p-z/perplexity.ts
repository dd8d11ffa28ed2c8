import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Perplexity API keys: `pplx-` then 48 base62 characters (https://docs.perplexity.ai/guides/getting-started).
/** Perplexity API key. */
export const perplexityDetectors: PatternDetector[] = [
  {
    id: 'perplexity-api-key',
    description: 'Perplexity API key',
    secretType: 'Perplexity API Key',
    provider: 'perplexity',
    strength: 'prefixed',
    keywords: ['pplx-'],
    pattern: prefixedTokenPattern('pplx-', '[A-Za-z0-9]{48}'),
    examples: {
      positive: ['PERPLEXITY_API_KEY=pplx-{an:48}', 'client = Perplexity(api_key="pplx-{an:48}")'],
      negative: ['pplx-{an:30}', 'xpplx-{an:48}'],
    },
  },
];
