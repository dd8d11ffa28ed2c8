import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Shopify tokens: a kind prefix then 32 hex characters
// (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens).
const token = (
  kind: string,
  prefix: string,
  description: string,
  env: string,
): PatternDetector => ({
  id: `shopify-${kind}`,
  description,
  secretType: 'Shopify Token',
  provider: 'shopify',
  strength: 'prefixed',
  keywords: [prefix],
  pattern: prefixedTokenPattern(prefix, '[a-fA-F0-9]{32}'),
  examples: {
    positive: [`${env}=${prefix}{hex:32}`, `shopify:\n  token: "${prefix}{hex:32}"`],
    negative: [`${env}=${prefix}{hex:31}`, `${env}=${prefix}{an:32}g`],
  },
});

/** Shopify Admin API, custom app, private app tokens and app shared secrets. */
export const shopifyDetectors: PatternDetector[] = [
  token('access-token', 'shpat_', 'Shopify Admin API access token', 'SHOPIFY_ACCESS_TOKEN'),
  token('custom-access-token', 'shpca_', 'Shopify custom app access token', 'SHOPIFY_ACCESS_TOKEN'),
  token(
    'private-app-access-token',
    'shppa_',
    'Shopify private app access token',
    'SHOPIFY_PASSWORD',
  ),
  token('shared-secret', 'shpss_', 'Shopify app shared secret', 'SHOPIFY_API_SECRET'),
];
