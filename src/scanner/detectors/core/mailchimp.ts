import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// API keys: https://mailchimp.com/developer/marketing/guides/quick-start/ — 32 hex characters,
// `-us`, then the data-centre number.

/** Mailchimp Marketing API keys. */
export const mailchimpDetectors: PatternDetector[] = [
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key',
    secretType: 'Mailchimp Access Key',
    provider: 'mailchimp',
    strength: 'prefixed',
    keywords: ['-us'],
    pattern: prefixedTokenPattern('', '[0-9a-f]{32}-us\\d{1,2}'),
    examples: {
      positive: ['MAILCHIMP_API_KEY={hex:32}-us18', "mailchimp:\n  api_key: '{hex:32}-us6'"],
      negative: ['{hex:32}-us', '{hex:32}-us123', '{hex:20}-us18'],
    },
  },
];
