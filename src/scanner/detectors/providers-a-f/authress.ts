import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Service client access keys: `sc_` + client id, `.` key id, `.acc_` + account id, `.` private
// key. https://authress.io/knowledge-base/docs/authorization/service-clients/access-keys

/** Authress service client access keys. */
export const authressDetectors: PatternDetector[] = [
  prefixed({
    id: 'authress-service-client-access-key',
    description: 'Authress service client access key',
    provider: 'authress',
    prefix: 'sc_',
    keywords: ['.acc_', '.acc-'],
    prefixPattern: '(?:sc|ext|scauth|authress)_',
    body: '[a-z0-9]{5,40}\\.[a-z0-9]{3,10}\\.acc[_-][a-z0-9-]{6,40}\\.[A-Za-z0-9+/_=-]{30,200}',
    examples: {
      positive: [
        'AUTHRESS_KEY=sc_{lan:12}.{lan:4}.acc_{lan:10}.{b64u:60}',
        'accessKey: "sc_{lan:20}.{lan:5}.acc-{lan:16}.{b64:80}"',
      ],
      negative: ['sc_{lan:12}.{lan:4}.acc_{lan:10}.{an:10}'],
    },
  }),
];
