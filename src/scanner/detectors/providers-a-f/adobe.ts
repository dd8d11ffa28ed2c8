import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// Adobe Developer Console OAuth credentials: the client id (API key) is 32 hex characters, the
// client secret starts with `p8e-`. https://developer.adobe.com/developer-console/docs/guides/authentication/

/** Adobe Developer Console client ids and client secrets. */
export const adobeDetectors: PatternDetector[] = [
  contextual({
    id: 'adobe-client-id',
    description: 'Adobe client id (API key)',
    provider: 'adobe',
    names: ['adobe'],
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    examples: {
      positive: ['ADOBE_CLIENT_ID={hex:32}', '"adobeApiKey": "{hex:32}"'],
      negative: ['ADOBE_CLIENT_ID={hex:31}', 'adobe_client_id = "{hex:32}g"'],
    },
  }),
  {
    ...prefixed({
      id: 'adobe-client-secret',
      description: 'Adobe client secret',
      provider: 'adobe',
      prefix: 'p8e-',
      body: '[A-Za-z0-9_-]{32}',
      minEntropy: 3,
      examples: {
        positive: ['ADOBE_CLIENT_SECRET=p8e-{an:32}', 'adobeClient := "p8e-{hex:32}"'],
        negative: ['p8e-{an:20}', 'xp8e-{an:32}', 'p8e-{an:32}-{an:4}'],
      },
    }),
    pattern: '(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
  },
];
