import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// SIDs: https://www.twilio.com/docs/glossary/what-is-a-sid — two letters naming the resource
// (SK API key, AC account) then 32 lower-case hex characters.

/** Twilio API key SIDs and account SIDs, as detect-secrets reports them. */
export const twilioDetectors: PatternDetector[] = [
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID',
    secretType: 'Twilio API Key',
    provider: 'twilio',
    strength: 'prefixed',
    keywords: [],
    // No literal keyword is rarer than the SID's own shape, so that shape picks the lines.
    trigger: 'SK[0-9a-f]{32}',
    pattern: prefixedTokenPattern('SK', '[0-9a-f]{32}'),
    examples: {
      positive: ['TWILIO_API_KEY=SK{hex:32}', '<twilioToken>\n    SK{hex:32}\n</twilioToken>'],
      negative: ['SK{hex:20}', 'TASK{hex:32}', 'SK{HEX:32}'],
    },
  },
  {
    id: 'twilio-account-sid',
    description: 'Twilio account SID',
    secretType: 'Twilio API Key',
    provider: 'twilio',
    strength: 'prefixed',
    keywords: [],
    trigger: 'AC[0-9a-f]{32}',
    pattern: prefixedTokenPattern('AC', '[0-9a-f]{32}'),
    examples: {
      positive: ['TWILIO_ACCOUNT_SID=AC{hex:32}', 'client = Client("AC{hex:32}", auth_token)'],
      negative: ['AC{hex:31}', 'TRAC{hex:32}'],
    },
  },
];
