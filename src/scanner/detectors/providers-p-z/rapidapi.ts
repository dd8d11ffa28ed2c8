import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// RapidAPI application keys are 50 characters with no prefix, sent as `X-RapidAPI-Key`
// (https://docs.rapidapi.com/docs/keys-and-key-rotation).
/** RapidAPI key, recognised by its variable or header name. */
export const rapidapiDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'rapidapi-access-token',
    description: 'RapidAPI key',
    provider: 'rapidapi',
    name: `${anyCase('rapid')}[_-]?${anyCase('api')}`,
    value: '[A-Za-z0-9_-]{50}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['rapidapi', 'rapid_api', 'rapid-api'],
    minEntropy: 3.5,
    positive: ['RAPIDAPI_KEY={an:50}', "headers = {'X-RapidAPI-Key': '{an:50}'}"],
    negative: ['rapidapi_ref: {an:40}', "'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com'"],
  }),
];
