import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// API keys: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys — `SG.`, a
// 22-character key id, `.`, a 43-character secret (base64url). The 66 characters after `SG.` are
// matched as one run so that keys re-encoded with `=` or without the inner dot are found too.

/** SendGrid API keys. */
export const sendgridDetectors: PatternDetector[] = [
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    secretType: 'SendGrid API Key',
    provider: 'sendgrid',
    strength: 'prefixed',
    keywords: ['sg.'],
    pattern: prefixedTokenPattern('SG\\.', '[A-Za-z0-9_=-][A-Za-z0-9_=.-]{65}').replace(
      '(?![A-Za-z0-9_])',
      '(?![A-Za-z0-9_=.-])',
    ),
    examples: {
      positive: [
        'SENDGRID_API_KEY=SG.{b64u:22}.{b64u:43}',
        "sg = SendGridAPIClient('SG.{an:22}.{an:43}')",
      ],
      negative: ['SG.{b64u:22}.{b64u:20}', 'SG.{an:22}.{an:43}.{an:10}'],
    },
  },
];
