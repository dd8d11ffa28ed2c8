import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Squarespace API keys carry no documented prefix (https://developers.squarespace.com/commerce-apis/authentication-and-permissions).
/** Squarespace API key (UUID-shaped), recognised by its variable name. */
export const squarespaceDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'squarespace-access-token',
    description: 'Squarespace API key',
    provider: 'squarespace',
    name: anyCase('squarespace'),
    value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['squarespace'],
    positive: [
      'SQUARESPACE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      '"squarespaceToken": "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
    ],
    negative: [
      'SQUARESPACE_SITE=https://example.squarespace.com',
      'squarespace_ref: {hex:8}-{hex:4}',
    ],
  }),
];
