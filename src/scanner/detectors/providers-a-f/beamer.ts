import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Beamer API keys: `b_` followed by 44 base64 characters. https://www.getbeamer.com/api

/** Beamer API keys assigned to a Beamer-named setting. */
export const beamerDetectors: PatternDetector[] = [
  contextual({
    id: 'beamer-api-token',
    description: 'Beamer API key',
    provider: 'beamer',
    names: ['beamer'],
    value: 'b_[A-Za-z0-9+/=_-]{44}',
    after: '(?![A-Za-z0-9+/=_-])',
    minEntropy: 3.5,
    examples: {
      positive: ['BEAMER_API_KEY=b_{b64:43}=', "beamerKey: 'b_{b64u:44}'"],
      negative: ['BEAMER_API=b_{b64:30}', 'beamer_product_id = "{an:8}"'],
    },
  }),
];
