import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Finicity (Mastercard Open Banking) credentials: a 32-hex app key and a 20-character partner
// secret. https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/

/** Finicity app keys and partner secrets next to a Finicity name. */
export const finicityDetectors: PatternDetector[] = [
  contextual({
    id: 'finicity-api-token',
    description: 'Finicity app key',
    provider: 'finicity',
    names: ['finicity'],
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    examples: {
      positive: ['FINICITY_APP_KEY={hex:32}', 'finicityAppKey: "{hex:32}"'],
      negative: ['FINICITY_APP={hex:31}', 'FINICITY_PARTNER_ID={d:13}'],
    },
  }),
  contextual({
    id: 'finicity-client-secret',
    description: 'Finicity partner secret',
    provider: 'finicity',
    names: ['finicity'],
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3.2,
    examples: {
      positive: ['FINICITY_PARTNER_SECRET={an:20}', 'finicitySecret: "{lan:20}"'],
      negative: ['FINICITY_PARTNER={an:19}'],
    },
  }),
];
