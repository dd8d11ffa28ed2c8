import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Fastly API tokens: 32 base64url characters. https://www.fastly.com/documentation/reference/api/auth-tokens/

/** Fastly API tokens next to a Fastly name. */
export const fastlyDetectors: PatternDetector[] = [
  contextual({
    id: 'fastly-api-token',
    description: 'Fastly API token',
    provider: 'fastly',
    names: ['fastly'],
    value: '[A-Za-z0-9_-]{32}',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3.3,
    examples: {
      positive: ['FASTLY_API_TOKEN={b64u:32}', 'fastlyKey: "{an:32}"'],
      negative: ['FASTLY_API={b64u:31}', 'fastly_service_id = "{an:22}"'],
    },
  }),
];
