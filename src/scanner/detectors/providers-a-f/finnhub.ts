import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Finnhub API keys: 20 lower-case base36 characters. https://finnhub.io/docs/api/authentication

/** Finnhub API keys next to a Finnhub name. */
export const finnhubDetectors: PatternDetector[] = [
  contextual({
    id: 'finnhub-access-token',
    description: 'Finnhub API key',
    provider: 'finnhub',
    names: ['finnhub'],
    value: '[a-z0-9]{20}',
    minEntropy: 3,
    examples: {
      positive: ['FINNHUB_API_KEY={lan:20}', 'finnhubToken: "{lan:20}"'],
      negative: ['FINNHUB_API={lan:21}', 'finnhub_symbol = "{u:4}"'],
    },
  }),
];
