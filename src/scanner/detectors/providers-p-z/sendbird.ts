import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Sendbird application ids are UUIDs and API tokens are 40 hex characters, neither prefixed
// (https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api).
const sendbird = anyCase('sendbird');

/** Sendbird application id and API token, recognised by their variable names. */
export const sendbirdDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'sendbird-access-id',
    description: 'Sendbird application id',
    provider: 'sendbird',
    name: sendbird,
    value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['sendbird'],
    positive: [
      'SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}',
      'sendbirdAppId: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
    ],
    negative: ['SENDBIRD_APP_ID={HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}'],
  }),
  contextualDetector({
    id: 'sendbird-access-token',
    description: 'Sendbird API token',
    provider: 'sendbird',
    name: sendbird,
    value: '[a-f0-9]{40}',
    keywords: ['sendbird'],
    minEntropy: 3,
    positive: ['SENDBIRD_API_TOKEN={hex:40}', 'sendbird_api_token: "{hex:40}"'],
    negative: ['sendbird_ref: {hex:32}'],
  }),
];
