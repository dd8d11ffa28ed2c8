import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Brevo (formerly Sendinblue) keys: `xkeysib-` (API v3) or `xsmtpsib-` (SMTP) then 64 hex, a dash
// and 16 alphanumerics (https://developers.brevo.com/docs/getting-started).
/** Brevo / Sendinblue API and SMTP keys. */
export const sendinblueDetectors: PatternDetector[] = [
  {
    id: 'sendinblue-api-token',
    description: 'Brevo (Sendinblue) API key',
    secretType: 'Sendinblue API Key',
    provider: 'sendinblue',
    strength: 'prefixed',
    keywords: ['xkeysib-'],
    pattern: prefixedTokenPattern('xkeysib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
    examples: {
      positive: [
        'BREVO_API_KEY=xkeysib-{hex:64}-{an:16}',
        "configuration.apiKey['api-key'] = 'xkeysib-{hex:64}-{an:16}'",
      ],
      negative: ['xkeysib-{hex:64}', 'xkeysib-{hex:60}-{an:16}'],
    },
  },
  {
    id: 'sendinblue-smtp-key',
    description: 'Brevo (Sendinblue) SMTP key',
    secretType: 'Sendinblue SMTP Key',
    provider: 'sendinblue',
    strength: 'prefixed',
    keywords: ['xsmtpsib-'],
    pattern: prefixedTokenPattern('xsmtpsib-', '[a-f0-9]{64}-[A-Za-z0-9]{16}'),
    examples: {
      positive: [
        'SMTP_PASSWORD=xsmtpsib-{hex:64}-{an:16}',
        'smtp:\n  password: "xsmtpsib-{hex:64}-{an:16}"',
      ],
      negative: ['xsmtpsib-{hex:64}'],
    },
  },
];
