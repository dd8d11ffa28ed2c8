import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Trello API keys are 32 hex characters; user tokens are 64 hex, or `ATTA` + hex in the current
// format (https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/).
/** Trello API key or token, recognised by its variable name. */
export const trelloDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'trello-access-token',
    description: 'Trello API key or token',
    provider: 'trello',
    name: anyCase('trello'),
    value: '(?:ATTA[A-Za-z0-9]{60,80}|[A-Za-z0-9-]{32}|[a-fA-F0-9]{64})',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['trello'],
    minEntropy: 3,
    positive: [
      'TRELLO_API_KEY={hex:32}',
      'trello_token: "{hex:64}"',
      'TRELLO_TOKEN=ATTA{hex:64}{HEX:8}',
    ],
    negative: ['trello_ref: {hex:20}', 'TRELLO_BOARD_ID={hex:24}'],
  }),
];
