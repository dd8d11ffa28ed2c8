import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Netlify personal access tokens (docs.netlify.com/api/get-started/#authentication): 40-46
// base64url characters, no prefix in the legacy format.

/** Netlify personal access tokens, recognised by the variable they are assigned to. */
export const netlifyDetectors: PatternDetector[] = [
  contextual({
    id: 'netlify-access-token',
    description: 'Netlify personal access token',
    secretType: 'Netlify Access Token',
    provider: 'netlify',
    keywords: ['netlify'],
    name: 'netlify',
    value: '[A-Za-z0-9_=-]{40,46}',
    after: '(?![A-Za-z0-9_=-])',
    minEntropy: 3.5,
    positive: ['NETLIFY_AUTH_TOKEN={b64u:43}', 'netlify_token: "{an:40}"'],
    negative: ['NETLIFY_REF={an:30}', 'NETLIFY_SITE_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'],
  }),
];
