import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Plaid keys (https://plaid.com/docs/api/#api-access, https://plaid.com/docs/api/tokens/):
// client_id is 24 hex characters, secrets are 30 hex characters, and access tokens are
// `access-<environment>-<UUID>`.
const plaid = anyCase('plaid');

/** Plaid access tokens, client ids and secrets. */
export const plaidDetectors: PatternDetector[] = [
  {
    id: 'plaid-api-token',
    description: 'Plaid access token',
    secretType: 'Plaid Access Token',
    provider: 'plaid',
    strength: 'prefixed',
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'PLAID_ACCESS_TOKEN=access-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        '{"access_token": "access-production-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"}',
      ],
      negative: [
        'token = "access-staging-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
        'public_token = "public-sandbox-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
      ],
    },
  },
  contextualDetector({
    id: 'plaid-client-id',
    description: 'Plaid client id',
    provider: 'plaid',
    name: plaid,
    value: '[A-Za-z0-9]{24}',
    keywords: ['plaid'],
    minEntropy: 3,
    positive: ['PLAID_CLIENT_ID={hex:24}', 'plaid_client_id: "{hex:24}"'],
    negative: ['PLAID_CLIENT_ID={hex:20}', 'PLAID_ENV=sandbox'],
  }),
  contextualDetector({
    id: 'plaid-secret-key',
    description: 'Plaid secret key',
    provider: 'plaid',
    name: plaid,
    value: '[A-Za-z0-9]{30}',
    keywords: ['plaid'],
    minEntropy: 3,
    positive: ['PLAID_SECRET={hex:30}', 'const plaidSecret = "{hex:30}";'],
    negative: ['plaid_ref: {hex:29}', 'PLAID_SECRET=${PLAID_SECRET}'],
  }),
];
