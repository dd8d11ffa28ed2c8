import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Cohere API keys: 40 base62 characters; the SDKs read them from `CO_API_KEY`.
// https://docs.cohere.com/reference/about

/** Cohere API keys next to a Cohere name or in `CO_API_KEY`. */
export const cohereDetectors: PatternDetector[] = [
  contextual({
    id: 'cohere-api-token',
    description: 'Cohere API key',
    provider: 'cohere',
    names: ['cohere', 'co_api_key'],
    value: '[A-Za-z0-9]{40}',
    minEntropy: 3.5,
    examples: {
      positive: ['export CO_API_KEY={an:40}', 'cohere_api_key = "{an:40}"'],
      negative: ['COHERE_API={an:39}', 'COHERE_MODEL="command-r-plus"'],
    },
  }),
];
