import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// New York Times developer API keys (developer.nytimes.com/get-started): 32 alphanumerics.

/** New York Times API keys, recognised by the variable they are assigned to. */
export const nytimesDetectors: PatternDetector[] = [
  contextual({
    id: 'nytimes-access-token',
    description: 'New York Times API key',
    secretType: 'New York Times API Key',
    provider: 'nytimes',
    keywords: ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'],
    name: 'nytimes|new[-_]?york[-_]?times',
    value: '[A-Za-z0-9_=-]{32}',
    after: '(?![A-Za-z0-9_=-])',
    minEntropy: 3.5,
    positive: ['NYTIMES_API_KEY={an:32}', '"nytimesKey": "{lan:32}"'],
    negative: ['NYTIMES_REF={an:20}', 'NYTIMES_SECTION={an:40}'],
  }),
];
