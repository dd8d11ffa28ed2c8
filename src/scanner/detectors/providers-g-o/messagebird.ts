import type { PatternDetector } from '../../types.js';
import { contextual, uuid } from './shared.js';

// MessageBird (Bird) REST API access keys are 25 alphanumerics (developers.messagebird.com/api/#authentication);
// client / workspace ids are UUIDs.

/** MessageBird access keys and client ids, recognised by the variable they are assigned to. */
export const messagebirdDetectors: PatternDetector[] = [
  contextual({
    id: 'messagebird-api-token',
    description: 'MessageBird API access key',
    secretType: 'MessageBird API Key',
    provider: 'messagebird',
    keywords: ['messagebird', 'message-bird', 'message_bird'],
    name: 'message[-_]?bird',
    value: '[A-Za-z0-9]{25}',
    minEntropy: 3,
    positive: ['MESSAGEBIRD_ACCESS_KEY={an:25}', "message_bird_token: '{lan:25}'"],
    negative: ['MESSAGEBIRD_REF={an:20}', 'MESSAGEBIRD_ORIGINATOR={an:30}'],
    notWords: true,
  }),
  contextual({
    id: 'messagebird-client-id',
    description: 'MessageBird client id',
    secretType: 'MessageBird Client ID',
    provider: 'messagebird',
    keywords: ['messagebird', 'message-bird', 'message_bird'],
    name: 'message[-_]?bird',
    value: uuid,
    after: '(?![A-Za-z0-9_-])',
    positive: [
      'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      '"messageBirdClientId": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
    ],
    negative: [
      'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}',
      'MESSAGEBIRD_CLIENT_ID={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:14}',
    ],
  }),
];
