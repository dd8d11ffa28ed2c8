import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// GoCardless access tokens (developer.gocardless.com): `live_` or `sandbox_` then 40 characters.

/** GoCardless API access tokens, recognised by the variable they are assigned to. */
export const gocardlessDetectors: PatternDetector[] = [
  contextual({
    id: 'gocardless-api-token',
    description: 'GoCardless API access token',
    secretType: 'GoCardless API Token',
    provider: 'gocardless',
    keywords: ['gocardless'],
    name: 'gocardless',
    value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40}',
    after: '(?![A-Za-z0-9_=-])',
    minEntropy: 3.5,
    positive: ['GOCARDLESS_ACCESS_TOKEN=live_{b64u:40}', "gocardless_token: 'sandbox_{an:40}'"],
    negative: ['GOCARDLESS_REF=live_{an:20}', 'GOCARDLESS_ENV=live_{an:40}x-{an:8}'],
  }),
];
