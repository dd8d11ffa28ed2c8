import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Duffel access tokens: `duffel_test_` or `duffel_live_` + 43 base64url characters.
// https://duffel.com/docs/api/overview/making-requests/authentication

/** Duffel API access tokens. */
export const duffelDetectors: PatternDetector[] = [
  {
    ...prefixed({
      id: 'duffel-api-token',
      description: 'Duffel access token',
      provider: 'duffel',
      prefix: 'duffel_',
      keywords: ['duffel_test_', 'duffel_live_'],
      body: '',
      examples: {
        positive: ['DUFFEL_ACCESS_TOKEN=duffel_test_{b64u:43}', 'token: "duffel_live_{an:43}"'],
        negative: ['duffel_test_{an:20}', 'duffel_live_{an:50}'],
      },
    }),
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])',
  },
];
