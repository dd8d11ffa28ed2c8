import type { Detector } from '../../types.js';
import { contextual, triggered } from './common.js';
import { prefixedTokenPattern } from '../patterns.js';

// Personal access tokens: `pat` + 14 characters (token id) + `.` + 64 hex characters.
// https://airtable.com/developers/web/guides/personal-access-tokens
// Legacy API keys (`key` + 14 characters) are only recognisable next to an Airtable name.

/** Airtable personal access tokens and legacy API keys. */
export const airtableDetectors: Detector[] = [
  triggered({
    id: 'airtable-personal-access-token',
    description: 'Airtable personal access token',
    secretType: 'Airtable personal access token',
    provider: 'airtable',
    strength: 'prefixed',
    // `pat` alone is too common a keyword: trigger on the whole shape instead.
    trigger: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
    pattern: prefixedTokenPattern('pat', '[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
    examples: {
      positive: ['AIRTABLE_TOKEN=pat{an:14}.{hex:64}', 'Authorization: Bearer pat{an:14}.{hex:64}'],
      negative: ['pat{an:14}.{hex:40}', 'pat{an:14}.{hex:64}a'],
    },
  }),
  contextual({
    id: 'airtable-api-key',
    description: 'Airtable legacy API key',
    provider: 'airtable',
    names: ['airtable'],
    value: '[A-Za-z0-9]{17}',
    minEntropy: 3,
    examples: {
      positive: ['AIRTABLE_API_KEY=key{an:14}', 'airtableKey: "{lan:17}"'],
      negative: ['AIRTABLE_BASE=key{an:20}', 'airtable_base: "app{an:10}"'],
    },
  }),
];
