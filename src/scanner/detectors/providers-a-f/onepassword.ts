import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Secret Key: https://support.1password.com/secret-key-security/ (version `A3`, a six-character
// account id, then 26 characters in dash-separated groups; older keys group them 11-5-5-5).
// Service account tokens: https://developer.1password.com/docs/service-accounts/ (`ops_` + base64 JSON).

/** 1Password account Secret Keys and service account tokens. */
export const onePasswordDetectors: PatternDetector[] = [
  prefixed({
    id: '1password-secret-key',
    description: '1Password account Secret Key',
    provider: '1password',
    prefix: 'A3-',
    body: '[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    minEntropy: 3,
    examples: {
      positive: [
        'OP_SECRET_KEY=A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}-{uan:5}-{uan:5}',
        '"secretKey": "A3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}"',
      ],
      negative: [
        'A3-{uan:6}-{uan:6}-{uan:5}-{uan:5}',
        'xA3-{uan:6}-{uan:11}-{uan:5}-{uan:5}-{uan:5}',
      ],
    },
  }),
  prefixed({
    id: '1password-service-account-token',
    description: '1Password service account token',
    provider: '1password',
    prefix: 'ops_eyJ',
    body: '[A-Za-z0-9+/_-]{100,4000}={0,2}',
    minEntropy: 4,
    examples: {
      positive: ['export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:400}', 'token: "ops_eyJ{b64:600}="'],
      negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:30}...'],
    },
  }),
];
