import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Algolia API keys (admin, search, write) are 32 hex characters.
// https://www.algolia.com/doc/guides/security/api-keys/

/** Algolia API keys assigned to an Algolia-named setting. */
export const algoliaDetectors: PatternDetector[] = [
  contextual({
    id: 'algolia-api-key',
    description: 'Algolia API key',
    provider: 'algolia',
    names: ['algolia'],
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    examples: {
      positive: ['ALGOLIA_ADMIN_KEY={hex:32}', "algoliaApiKey: '{hex:32}'"],
      negative: ['ALGOLIA_APP_ID={uan:10}', 'ALGOLIA_ADMIN={hex:32}z'],
    },
  }),
];
