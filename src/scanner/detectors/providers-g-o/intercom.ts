import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Intercom access tokens (developers.intercom.com/docs/build-an-integration/learn-more/authentication):
// 60 base64 characters, no prefix.

/** Intercom access tokens, recognised by the variable they are assigned to. */
export const intercomDetectors: PatternDetector[] = [
  contextual({
    id: 'intercom-api-key',
    description: 'Intercom access token',
    secretType: 'Intercom Access Token',
    provider: 'intercom',
    keywords: ['intercom'],
    name: 'intercom',
    value: '[A-Za-z0-9_+/=-]{60}',
    after: '(?![A-Za-z0-9_+/=-])',
    minEntropy: 3.5,
    positive: ['INTERCOM_ACCESS_TOKEN={b64:59}=', 'intercom_access_token: "{an:60}"'],
    negative: ['INTERCOM_REF={an:40}', 'INTERCOM_APP_ID={an:70}'],
  }),
];
