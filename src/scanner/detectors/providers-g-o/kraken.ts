import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Kraken API private keys (docs.kraken.com/api/docs/guides/spot-rest-auth): base64 of 64 bytes,
// 88 characters, no prefix.

/** Kraken API private keys, recognised by the variable they are assigned to. */
export const krakenDetectors: PatternDetector[] = [
  contextual({
    id: 'kraken-access-token',
    description: 'Kraken API private key',
    secretType: 'Kraken API Key',
    provider: 'kraken',
    keywords: ['kraken'],
    name: 'kraken',
    value: '[A-Za-z0-9_+/=-]{80,90}',
    after: '(?![A-Za-z0-9_+/=-])',
    minEntropy: 4,
    positive: ['KRAKEN_PRIVATE_KEY={b64:86}==', '"krakenApiSecret": "{b64:86}=="'],
    negative: ['KRAKEN_REF={b64:40}', 'KRAKEN_REF={b64:120}'],
  }),
];
