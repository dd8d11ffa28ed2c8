import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Zendesk API tokens are 40 alphanumerics with no prefix (https://developer.zendesk.com/api-reference/introduction/security-and-auth/).
/** Zendesk API token, recognised by its variable name. */
export const zendeskDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'zendesk-secret-key',
    description: 'Zendesk API token',
    provider: 'zendesk',
    name: anyCase('zendesk'),
    value: '[A-Za-z0-9]{40}',
    keywords: ['zendesk'],
    minEntropy: 3,
    positive: ['ZENDESK_API_TOKEN={an:40}', 'zendesk:\n  zendesk_token: "{lan:40}"'],
    negative: ['zendesk_ref: {an:32}', 'ZENDESK_SUBDOMAIN=mycompany'],
  }),
];
