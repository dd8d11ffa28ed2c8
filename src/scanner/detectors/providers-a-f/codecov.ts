import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Codecov upload and API tokens: a UUID, or 32 to 40 base62 characters for older access tokens.
// https://docs.codecov.com/docs/codecov-tokens

/** Codecov upload and API tokens next to a Codecov name. */
export const codecovDetectors: PatternDetector[] = [
  contextual({
    id: 'codecov-access-token',
    description: 'Codecov token',
    provider: 'codecov',
    names: ['codecov'],
    value: '(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32})',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3,
    examples: {
      positive: [
        'CODECOV_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        'codecovToken: "{lan:32}"',
      ],
      negative: ['CODECOV_UPLOAD={lan:31}', 'codecov_flags: "{l:10}"'],
    },
  }),
];
