import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './shared.js';

// Mailgun keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication): legacy
// private API keys `key-` + 32 hex, public validation keys `pubkey-` + 32 hex, and current API /
// webhook signing keys 32 hex + `-` + 8 hex + `-` + 8 hex.

/** Mailgun private API keys, public validation keys and webhook signing keys. */
export const mailgunDetectors: PatternDetector[] = [
  contextual({
    id: 'mailgun-private-api-token',
    description: 'Mailgun private API key (legacy `key-` format)',
    secretType: 'Mailgun API Key',
    provider: 'mailgun',
    keywords: ['mailgun'],
    name: 'mailgun',
    value: 'key-[a-f0-9]{32}',
    positive: ['MAILGUN_API_KEY=key-{hex:32}', "mailgun_api_key: 'key-{hex:32}'"],
    negative: ['MAILGUN_REF=key-{hex:20}', 'MAILGUN_API_KEY=key-{l:32}'],
  }),
  prefixed({
    id: 'mailgun-pub-key',
    description: 'Mailgun public validation key',
    secretType: 'Mailgun Public Key',
    provider: 'mailgun',
    keywords: ['pubkey-'],
    prefix: 'pubkey-',
    body: '[a-f0-9]{32}',
    positive: [
      'MAILGUN_PUBLIC_KEY=pubkey-{hex:32}',
      'const mg = { publicKey: "pubkey-{hex:32}" };',
    ],
    negative: ['pubkey-{hex:20}', 'pubkey-{hex:32}{l:4}'],
  }),
  contextual({
    id: 'mailgun-signing-key',
    description: 'Mailgun API or webhook signing key',
    secretType: 'Mailgun Signing Key',
    provider: 'mailgun',
    keywords: ['mailgun'],
    name: 'mailgun',
    value: '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}',
    after: '(?![A-Za-z0-9_-])',
    positive: [
      'MAILGUN_SIGNING_KEY={hex:32}-{hex:8}-{hex:8}',
      '"mailgunApiKey": "{hex:32}-{hex:8}-{hex:8}"',
    ],
    negative: ['MAILGUN_REF={hex:32}-{hex:8}', 'MAILGUN_DOMAIN={hex:32}-{hex:8}-{hex:8}-{hex:4}'],
  }),
];
