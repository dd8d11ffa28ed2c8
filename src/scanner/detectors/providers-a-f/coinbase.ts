import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Coinbase access tokens: 64 base64url characters, only recognisable next to a Coinbase name.
// https://docs.cdp.coinbase.com/coinbase-app/docs/auth/api-key-authentication

/** Coinbase access tokens next to a Coinbase name. */
export const coinbaseDetectors: PatternDetector[] = [
  contextual({
    id: 'coinbase-access-token',
    description: 'Coinbase access token',
    provider: 'coinbase',
    names: ['coinbase'],
    value: '[A-Za-z0-9_-]{64}',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3.5,
    examples: {
      positive: ['COINBASE_ACCESS_TOKEN={b64u:64}', 'coinbaseToken: "{lan:64}"'],
      negative: ['COINBASE_ACCESS={b64u:50}'],
    },
  }),
];
