import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// SettleMint access tokens: `sm_pat_` (personal), `sm_aat_` (application) and `sm_sat_` (service)
// then 16 alphanumerics (https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens).
const token = (kind: string, prefix: string, description: string): PatternDetector => ({
  id: `settlemint-${kind}`,
  description,
  secretType: 'SettleMint Access Token',
  provider: 'settlemint',
  strength: 'prefixed',
  keywords: [prefix],
  pattern: prefixedTokenPattern(prefix, '[A-Za-z0-9]{16}'),
  examples: {
    positive: [
      `SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:16}`,
      `settlemintToken := "${prefix}{an:16}"`,
    ],
    negative: [`SETTLEMINT_ACCESS_TOKEN=${prefix}{lan:10}`, `nonMatchingToken := "{lan:16}"`],
  },
});

/** SettleMint personal, application and service access tokens. */
export const settlemintDetectors: PatternDetector[] = [
  token('application-access-token', 'sm_aat_', 'SettleMint application access token'),
  token('personal-access-token', 'sm_pat_', 'SettleMint personal access token'),
  token('service-access-token', 'sm_sat_', 'SettleMint service access token'),
];
