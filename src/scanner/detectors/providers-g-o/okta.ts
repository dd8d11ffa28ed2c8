import type { PatternDetector } from '../../types.js';
import { contextual, nameWord } from './shared.js';

// Okta API tokens (developer.okta.com/docs/guides/create-an-api-token/): 42 characters
// starting `00`, sent as `Authorization: SSWS <token>`.

/** Okta API tokens, recognised by the variable they are assigned to. */
export const oktaDetectors: PatternDetector[] = [
  contextual({
    id: 'okta-access-token',
    description: 'Okta API token',
    secretType: 'Okta API Token',
    provider: 'okta',
    keywords: ['okta'],
    name: nameWord('okta'),
    value: '00[A-Za-z0-9_-]{40}',
    after: '(?![A-Za-z0-9_-])',
    caseSensitive: true,
    minEntropy: 3.5,
    positive: ['OKTA_API_TOKEN=00{b64u:40}', 'var OktaApiToken = "00{an:40}";'],
    negative: ['OKTA_REF=00{an:30}', 'rookTable = 00{an:40}'],
  }),
];
