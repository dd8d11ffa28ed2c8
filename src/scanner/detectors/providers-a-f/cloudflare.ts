import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// Scannable credentials (2025): `cfk_` (global API key), `cfut_` (user API token), `cfat_`
// (account API token), each + 40 base62 characters + an 8-hex-digit checksum.
// https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
// Older credentials carry no prefix: API tokens are 40 base64url characters, the global API key
// 37 hex characters. Origin CA keys: `v1.0-` + 24 hex + `-` + 146 hex.

const scannable = (kind: string, prefix: string, description: string): PatternDetector =>
  prefixed({
    id: `cloudflare-${kind}`,
    description,
    provider: 'cloudflare',
    prefix,
    body: '[A-Za-z0-9]{40}[a-fA-F0-9]{8}',
    examples: {
      positive: [
        `CLOUDFLARE_API_TOKEN=${prefix}{an:40}{hex:8}`,
        `api_token: "${prefix}{an:40}{HEX:8}"`,
      ],
      negative: [`${prefix}{an:30}`, `x${prefix}{an:40}{hex:8}`],
    },
  });

/** Cloudflare API tokens, global API keys and Origin CA keys. */
export const cloudflareDetectors: PatternDetector[] = [
  scannable('scannable-global-api-key', 'cfk_', 'Cloudflare global API key (scannable format)'),
  scannable('user-api-token', 'cfut_', 'Cloudflare user API token'),
  scannable('account-api-token', 'cfat_', 'Cloudflare account API token'),
  {
    ...prefixed({
      id: 'cloudflare-origin-ca-key',
      description: 'Cloudflare Origin CA key',
      provider: 'cloudflare',
      prefix: 'v1.0-',
      body: '[a-f0-9]{24}-[a-f0-9]{146}',
      examples: {
        positive: [
          'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-{hex:24}-{hex:146}',
          'origin_ca_key: "v1.0-{hex:24}-{hex:146}"',
        ],
        negative: ['version: v1.0-{hex:24}', 'v1.0-{hex:24}-{hex:100}'],
      },
    }),
  },
  contextual({
    id: 'cloudflare-api-key',
    description: 'Cloudflare API token',
    provider: 'cloudflare',
    names: ['cloudflare', 'cf_api'],
    value: '[A-Za-z0-9_-]{40}',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3.5,
    examples: {
      positive: ['CLOUDFLARE_API_TOKEN={an:40}', 'cloudflare: "{an:20}-{an:19}"'],
      negative: ['CLOUDFLARE_API={an:41}', 'CLOUDFLARE_ZONE_ID={hex:32}'],
    },
  }),
  contextual({
    id: 'cloudflare-global-api-key',
    description: 'Cloudflare global API key',
    provider: 'cloudflare',
    names: ['cloudflare', 'cf_api'],
    value: '[a-f0-9]{37}',
    minEntropy: 3,
    examples: {
      positive: ['CLOUDFLARE_GLOBAL_API_KEY={hex:37}', 'cloudflare_api_key = "{hex:37}"'],
      negative: ['CLOUDFLARE_GLOBAL_API={hex:36}', 'CLOUDFLARE_ACCOUNT_ID={hex:32}'],
    },
  }),
];
