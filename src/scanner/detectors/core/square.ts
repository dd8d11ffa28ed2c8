import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Credentials: https://developer.squareup.com/docs/build-basics/access-tokens — access tokens are
// `EAAA` + 60 base64url characters (older ones `sq0atp-` + 22 or more); application secrets are
// `sq0csp-` + 43 base64url characters.

/** Square access tokens and OAuth application secrets. */
export const squareDetectors: PatternDetector[] = [
  {
    id: 'square-access-token',
    description: 'Square access token',
    secretType: 'Square Access Token',
    provider: 'square',
    strength: 'prefixed',
    keywords: ['eaaa', 'sq0atp-'],
    pattern: prefixedTokenPattern(
      '(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22,60})',
      '',
    ).replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
    examples: {
      positive: ['SQUARE_ACCESS_TOKEN=EAAA{b64u:60}', "square:\n  token: 'sq0atp-{b64u:22}'"],
      negative: ['EAAA{an:40}', 'sq0atp-{an:12}', 'EAAA{an:50}', 'sq0atp-{an:70}'],
    },
  },
  {
    id: 'square-oauth-secret',
    description: 'Square OAuth application secret',
    secretType: 'Square OAuth Secret',
    provider: 'square',
    strength: 'prefixed',
    keywords: ['sq0csp-'],
    // detect-secrets also admits a backslash in the body; so do we.
    pattern: prefixedTokenPattern('sq0csp-', '[A-Za-z0-9_\\\\\\]^-]{43}').replace(
      '(?![A-Za-z0-9_])',
      '(?![A-Za-z0-9_-])',
    ),
    examples: {
      positive: ['SQUARE_APP_SECRET=sq0csp-{b64u:43}', '  "squareSecret": "sq0csp-{an:43}"'],
      negative: ['sq0csp-{an:20}', 'sq0csp-{an:50}'],
    },
  },
];
