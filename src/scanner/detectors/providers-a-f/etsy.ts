import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Etsy API keystrings: 24 lower-case base36 characters. https://developers.etsy.com/documentation/essentials/authentication

/** Etsy API keystrings and tokens next to an Etsy name. */
export const etsyDetectors: PatternDetector[] = [
  contextual({
    id: 'etsy-access-token',
    description: 'Etsy API keystring',
    provider: 'etsy',
    names: ['etsy'],
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3.2,
    examples: {
      positive: ['ETSY_API_KEY={lan:24}', 'etsyKeystring: "{lan:24}"'],
      negative: ['SetSysctl = "{lan:24}"', 'ETSY_SHOP={lan:30}'],
    },
  }),
];
