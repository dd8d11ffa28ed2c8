import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// FreshBooks OAuth access tokens and client secrets: 64 characters (hex in practice).
// https://www.freshbooks.com/api/authentication

/** FreshBooks access tokens and client secrets next to a FreshBooks name. */
export const freshbooksDetectors: PatternDetector[] = [
  contextual({
    id: 'freshbooks-access-token',
    description: 'FreshBooks access token',
    provider: 'freshbooks',
    names: ['freshbooks'],
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3.5,
    examples: {
      positive: ['FRESHBOOKS_ACCESS_TOKEN={hex:64}', 'freshbooksToken: "{lan:64}"'],
      negative: ['FRESHBOOKS_ACCESS={hex:60}', 'freshbooks_account_id = "{an:6}"'],
    },
  }),
];
