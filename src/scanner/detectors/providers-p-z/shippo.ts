import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Shippo API tokens: `shippo_live_` or `shippo_test_` then 40 hex (https://docs.goshippo.com/docs/guides_general/authentication/).
/** Shippo live and test API tokens. */
export const shippoDetectors: PatternDetector[] = [
  {
    id: 'shippo-api-token',
    description: 'Shippo API token',
    secretType: 'Shippo API Token',
    provider: 'shippo',
    strength: 'prefixed',
    keywords: ['shippo_live_', 'shippo_test_'],
    pattern: prefixedTokenPattern('shippo_(?:live|test)_', '[a-fA-F0-9]{40}'),
    examples: {
      positive: [
        'SHIPPO_API_KEY=shippo_live_{hex:40}',
        "shippo.config.api_key = 'shippo_test_{hex:40}'",
      ],
      negative: ['shippo_live_{hex:32}', 'shippo_prod_{hex:40}'],
    },
  },
];
