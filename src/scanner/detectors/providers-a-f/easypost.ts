import type { PatternDetector } from '../../types.js';

// EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 54 base62 characters.
// https://docs.easypost.com/docs/authentication

const key = (id: string, prefix: string, description: string): PatternDetector => ({
  id,
  description,
  secretType: 'EasyPost API key',
  provider: 'easypost',
  strength: 'prefixed',
  keywords: [prefix.toLowerCase()],
  minEntropy: 3.5,
  // Not after `+` or `/`: inside base64 data the four letters are a coincidence.
  pattern: `(?<![A-Za-z0-9_+/])(?<secret>${prefix}[A-Za-z0-9]{54})(?![A-Za-z0-9_+/])`,
  examples: {
    positive: [
      `EASYPOST_API_KEY=${prefix}{an:54}`,
      `"url": "https://example.org/?t=${prefix}{an:54}&q=1"`,
    ],
    negative: [`${prefix}{an:30}`, `data: {b64:20}+${prefix}{an:54}/{b64:8}`],
  },
});

/** EasyPost production and test API keys. */
export const easypostDetectors: PatternDetector[] = [
  key('easypost-api-token', 'EZAK', 'EasyPost production API key'),
  key('easypost-test-api-token', 'EZTK', 'EasyPost test API key'),
];
