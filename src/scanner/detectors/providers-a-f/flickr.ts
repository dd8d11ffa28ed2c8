import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Flickr API keys are 32 hex characters, their secrets 16. https://www.flickr.com/services/api/misc.api_keys.html

/** Flickr API keys and secrets next to a Flickr name. */
export const flickrDetectors: PatternDetector[] = [
  contextual({
    id: 'flickr-access-token',
    description: 'Flickr API key or secret',
    provider: 'flickr',
    names: ['flickr'],
    value: '(?:[A-Za-z0-9]{32}|[a-f0-9]{16})',
    minEntropy: 2.5,
    examples: {
      positive: ['FLICKR_API_KEY={hex:32}', 'flickrSecret: "{hex:16}"'],
      negative: ['FLICKR_API={hex:20}', 'flickr_user = "{d:8}@N0{d:1}"'],
    },
  }),
];
