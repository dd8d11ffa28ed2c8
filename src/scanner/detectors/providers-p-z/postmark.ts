import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Postmark server and account tokens are UUIDs, sent as X-Postmark-Server-Token /
// X-Postmark-Account-Token (https://postmarkapp.com/developer/api/overview#authentication).
/** Postmark server or account API token, recognised by its variable or header name. */
export const postmarkDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'postmark-api-token',
    description: 'Postmark server or account API token',
    provider: 'postmark',
    name: anyCase('postmark'),
    value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['postmark'],
    positive: [
      'POSTMARK_SERVER_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'X-Postmark-Server-Token: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
    ],
    negative: ['POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST', 'POSTMARK_MESSAGE_STREAM=outbound'],
  }),
];
