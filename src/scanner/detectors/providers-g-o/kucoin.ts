import type { PatternDetector } from '../../types.js';
import { contextual, uuid } from './shared.js';

// KuCoin API credentials (docs.kucoin.com): the API key is 24 hex characters, the secret a UUID.

/** KuCoin API keys and secrets, recognised by the variable they are assigned to. */
export const kucoinDetectors: PatternDetector[] = [
  contextual({
    id: 'kucoin-access-token',
    description: 'KuCoin API key',
    secretType: 'KuCoin API Key',
    provider: 'kucoin',
    keywords: ['kucoin'],
    name: 'kucoin',
    value: '[a-f0-9]{24}',
    minEntropy: 3,
    positive: ['KUCOIN_API_KEY={hex:24}', '"kucoinApiKey": "{hex:24}"'],
    negative: ['KUCOIN_REF={hex:16}', 'KUCOIN_REF={hex:30}'],
  }),
  contextual({
    id: 'kucoin-secret-key',
    description: 'KuCoin API secret',
    secretType: 'KuCoin API Secret',
    provider: 'kucoin',
    keywords: ['kucoin'],
    name: 'kucoin',
    value: uuid,
    after: '(?![A-Za-z0-9_-])',
    positive: [
      'KUCOIN_API_SECRET={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      "kucoin_secret: '{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'",
    ],
    negative: [
      'KUCOIN_REF={hex:8}-{hex:4}-{hex:4}',
      'KUCOIN_API_SECRET={l:8}-{l:4}-{l:4}-{l:4}-{l:12}',
    ],
  }),
];
