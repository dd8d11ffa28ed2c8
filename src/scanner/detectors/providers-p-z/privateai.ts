import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Private AI API keys are 32 lower-case alphanumerics with no prefix (https://docs.private-ai.com/).
/** Private AI API key, recognised by its variable name. */
export const privateaiDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'privateai-api-token',
    description: 'Private AI API key',
    provider: 'privateai',
    name: `${anyCase('private')}[_-]?${anyCase('ai')}`,
    value: '[A-Za-z0-9]{32}',
    keywords: ['privateai', 'private_ai', 'private-ai'],
    minEntropy: 3.2,
    positive: ['PRIVATEAI_API_KEY={lan:32}', 'private_ai_token: "{lan:32}"'],
    negative: [
      'privateai_ref: {lan:16}',
      'const privateaiToken = "abcdabcdabcdabcdabcdabcdabcdabcd";',
    ],
  }),
];
