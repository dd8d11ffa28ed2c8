import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Tailscale keys: `tskey-<type>-<key id>-<secret>` with type api, auth, client, scim or webhook
// (https://tailscale.com/kb/1277/key-prefixes).
/** Tailscale API access tokens, auth keys, OAuth client secrets, SCIM and webhook keys. */
export const tailscaleDetectors: PatternDetector[] = [
  {
    id: 'tailscale-key',
    description: 'Tailscale API token, auth key or OAuth client secret',
    secretType: 'Tailscale Key',
    provider: 'tailscale',
    strength: 'prefixed',
    keywords: ['tskey-'],
    pattern: prefixedTokenPattern(
      'tskey-(?:api|auth|client|scim|webhook)-',
      '[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64}',
    ),
    examples: {
      positive: [
        'TS_AUTHKEY=tskey-auth-k{an:12}-{an:33}',
        'tailscale_api_key = "tskey-api-k{an:10}CNTRL-{an:30}"',
      ],
      negative: ['TS_AUTHKEY=tskey-auth-XXXXXX', 'tskey-foo-k{an:12}-{an:33}'],
    },
  },
];
