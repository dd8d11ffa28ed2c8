import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Doppler tokens: `dp.pt.` (personal), `dp.st.` (service, optionally with the config slug),
// `dp.ct.` (CLI), `dp.sa.` (service account), `dp.scim.`, `dp.audit.`, then 40-44 base62 characters.
// https://docs.doppler.com/reference/api#authentication

/** Doppler API tokens of every kind. */
export const dopplerDetectors: PatternDetector[] = [
  prefixed({
    id: 'doppler-api-token',
    description: 'Doppler API token',
    provider: 'doppler',
    prefix: 'dp.',
    keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    prefixPattern: 'dp\\.(?:pt|ct|sa|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.',
    body: '[A-Za-z0-9]{40,44}',
    minEntropy: 3.5,
    examples: {
      positive: ['DOPPLER_TOKEN=dp.pt.{an:43}', 'DOPPLER_TOKEN="dp.st.prd.{an:43}"'],
      negative: ['dp.pt.{an:20}', 'dp.xx.{an:43}'],
    },
  }),
];
