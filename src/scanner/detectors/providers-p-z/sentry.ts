import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';
import { anyCase, contextualDetector } from './helpers.js';

// Sentry auth tokens (https://docs.sentry.io/account/auth-tokens/): organization tokens are
// `sntrys_` + base64 JSON claims (`eyJ…`) + `_` + a 43-character secret; user tokens are `sntryu_`
// + 64 hex; tokens made before the prefixes were 64 hex characters.
/** Sentry organization, user and legacy auth tokens. */
export const sentryDetectors: PatternDetector[] = [
  {
    id: 'sentry-org-token',
    description: 'Sentry organization auth token',
    secretType: 'Sentry Token',
    provider: 'sentry',
    strength: 'prefixed',
    keywords: ['sntrys_'],
    pattern:
      '(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])',
    examples: {
      positive: [
        'SENTRY_AUTH_TOKEN=sntrys_eyJ{b64:120}_{b64:43}',
        'auth:\n  token: "sntrys_eyJ{an:150}==_{an:43}"',
      ],
      negative: [
        'SENTRY_AUTH_TOKEN=sntrys_{an:120}_{an:43}',
        'sntrys_eyJ{an:120}_{an:42}',
        'sntrys_eyJ{an:120}_{an:44}',
      ],
    },
  },
  {
    id: 'sentry-user-token',
    description: 'Sentry user auth token',
    secretType: 'Sentry Token',
    provider: 'sentry',
    strength: 'prefixed',
    keywords: ['sntryu_'],
    pattern: prefixedTokenPattern('sntryu_', '[a-f0-9]{64}'),
    examples: {
      positive: ['SENTRY_AUTH_TOKEN=sntryu_{hex:64}', 'export SENTRY_AUTH_TOKEN="sntryu_{hex:64}"'],
      negative: ['SENTRY_AUTH_TOKEN=sntryu_{hex:63}', 'sntryu_{hex:65}'],
    },
  },
  contextualDetector({
    id: 'sentry-access-token',
    description: 'Sentry auth token (legacy, unprefixed)',
    secretType: 'Sentry Token',
    provider: 'sentry',
    name: anyCase('sentry'),
    value: '[a-f0-9]{64}',
    keywords: ['sentry'],
    minEntropy: 3,
    positive: ['SENTRY_AUTH_TOKEN={hex:64}', '[auth]\nsentry_token = {hex:64}'],
    negative: [
      'sentry_release: {hex:40}',
      'SENTRY_DSN=https://{hex:32}@o{d:6}.ingest.sentry.io/{d:7}',
    ],
  }),
];
