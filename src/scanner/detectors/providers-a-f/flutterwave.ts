import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Flutterwave keys: public `FLWPUBK-` and secret `FLWSECK-` (test keys `FLWPUBK_TEST-`,
// `FLWSECK_TEST-`) + 32 hex + `-X`; encryption keys `FLWSECK` (`_TEST`) + 12 hex.
// https://developer.flutterwave.com/docs/authentication

/** Flutterwave public, secret and encryption keys. */
export const flutterwaveDetectors: PatternDetector[] = [
  prefixed({
    id: 'flutterwave-public-key',
    description: 'Flutterwave public key',
    provider: 'flutterwave',
    prefix: 'FLWPUBK',
    prefixPattern: 'FLWPUBK(?:_TEST)?-',
    body: '[a-f0-9]{32}-X',
    examples: {
      positive: ['FLW_PUBLIC_KEY=FLWPUBK_TEST-{hex:32}-X', 'publicKey: "FLWPUBK-{hex:32}-X"'],
      negative: ['FLWPUBK_TEST-{hex:20}-X'],
    },
  }),
  prefixed({
    id: 'flutterwave-secret-key',
    description: 'Flutterwave secret key',
    provider: 'flutterwave',
    prefix: 'FLWSECK',
    prefixPattern: 'FLWSECK(?:_TEST)?-',
    body: '[a-f0-9]{32}-X',
    examples: {
      positive: ['FLW_SECRET_KEY=FLWSECK_TEST-{hex:32}-X', 'secretKey: "FLWSECK-{hex:32}-X"'],
      negative: ['FLWSECK_TEST-{hex:20}-X'],
    },
  }),
  prefixed({
    id: 'flutterwave-encryption-key',
    description: 'Flutterwave encryption key',
    provider: 'flutterwave',
    prefix: 'FLWSECK',
    prefixPattern: 'FLWSECK(?:_TEST)?-?',
    body: '[a-f0-9]{12}',
    examples: {
      positive: [
        'FLW_ENCRYPTION_KEY=FLWSECK_TEST{hex:12}',
        'encryptionKey: "FLWSECK_TEST-{hex:12}"',
      ],
      negative: ['FLWSECK_TEST{hex:8}', 'FLWSECK_TEST-{hex:16}'],
    },
  }),
];
