import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Prefect Cloud API keys: `pnu_` (user) or `pnb_` (service account) then 36 base62 characters
// (https://docs.prefect.io/v3/how-to-guides/cloud/manage-users/api-keys).
/** Prefect Cloud API key. */
export const prefectDetectors: PatternDetector[] = [
  {
    id: 'prefect-api-token',
    description: 'Prefect Cloud API key',
    secretType: 'Prefect API Key',
    provider: 'prefect',
    strength: 'prefixed',
    keywords: ['pnu_', 'pnb_'],
    pattern: prefixedTokenPattern('pn[ub]_', '[A-Za-z0-9]{36}'),
    examples: {
      positive: ['PREFECT_API_KEY=pnu_{an:36}', 'prefect cloud login --key "pnb_{an:36}"'],
      negative: ['pnu_{an:20}', 'pnx_{an:36}'],
    },
  },
];
