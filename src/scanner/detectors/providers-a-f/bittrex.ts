import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Bittrex API keys and secrets: both 32 characters (hex). https://bittrex.github.io/api/v3

/** Bittrex API keys and secrets next to a Bittrex name (both share one format). */
export const bittrexDetectors: PatternDetector[] = [
  contextual({
    id: 'bittrex-api-key',
    description: 'Bittrex API key or secret',
    provider: 'bittrex',
    names: ['bittrex'],
    value: '[a-z0-9]{32}',
    minEntropy: 3.2,
    examples: {
      positive: ['BITTREX_API_KEY={hex:32}', 'bittrexSecret: "{lan:32}"'],
      negative: ['BITTREX_API={hex:30}', 'bittrex_market = "{u:3}-{u:4}"'],
    },
  }),
];
