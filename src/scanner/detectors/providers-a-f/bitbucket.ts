import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Bitbucket Cloud OAuth consumers: an 18-character key and a 32-character secret (longer forms
// exist in older integrations). https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/

/** Bitbucket OAuth consumer keys and secrets next to a Bitbucket name. */
export const bitbucketDetectors: PatternDetector[] = [
  contextual({
    id: 'bitbucket-client-id',
    description: 'Bitbucket OAuth consumer key',
    provider: 'bitbucket',
    names: ['bitbucket'],
    value: '(?:[A-Za-z0-9]{18}|[A-Za-z0-9]{32})',
    minEntropy: 3.2,
    examples: {
      positive: ['BITBUCKET_CLIENT_ID={an:18}', 'bitbucketKey: "{lan:32}"'],
      negative: ['BITBUCKET_CLIENT_ID={an:20}', 'bitbucket_workspace = "{l:6}"'],
    },
  }),
  contextual({
    id: 'bitbucket-client-secret',
    description: 'Bitbucket OAuth consumer secret',
    provider: 'bitbucket',
    names: ['bitbucket'],
    value: '[A-Za-z0-9=_-]{64}',
    after: '(?![A-Za-z0-9=_-])',
    minEntropy: 3.5,
    examples: {
      positive: ['BITBUCKET_CLIENT_SECRET={an:64}', 'bitbucketSecret: "{b64u:64}"'],
      negative: ['BITBUCKET_CLIENT={an:60}'],
    },
  }),
];
