import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Yandex Cloud credentials (https://yandex.cloud/en/docs/iam/concepts/authorization/):
// IAM tokens `t1.<header>.<86-character signature>`, API keys `AQVN` + 35-38 characters, and
// static (AWS-compatible) access keys whose id starts with `YC` (40 characters in all).
/** Yandex Cloud IAM tokens, API keys and static access key ids. */
export const yandexDetectors: PatternDetector[] = [
  {
    id: 'yandex-access-token',
    description: 'Yandex Cloud IAM token',
    secretType: 'Yandex IAM Token',
    provider: 'yandex',
    strength: 'prefixed',
    keywords: ['t1.'],
    pattern:
      '(?<![A-Za-z0-9_.-])(?<secret>t1\\.[A-Za-z0-9_-]{4,400}={0,2}\\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_.=-])',
    examples: {
      positive: ['YC_TOKEN=t1.{b64u:80}.{b64u:86}', 'iam_token: "t1.{an:6}==.{an:86}"'],
      negative: ['t1.{an:80}.{an:40}', 'version: t1.2.3'],
    },
  },
  {
    id: 'yandex-api-key',
    description: 'Yandex Cloud API key',
    secretType: 'Yandex API Key',
    provider: 'yandex',
    strength: 'prefixed',
    keywords: ['aqvn'],
    pattern: '(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])',
    examples: {
      positive: ['YC_API_KEY=AQVN{b64u:36}', 'api_key: "AQVN{an:38}"'],
      negative: ['AQVN{an:20}', 'AQVN{an:40}'],
    },
  },
  contextualDetector({
    id: 'yandex-aws-access-token',
    description: 'Yandex Cloud static access key id',
    provider: 'yandex',
    name: `(?:${anyCase('yandex')}|(?<![A-Za-z])${anyCase('yc')}_)`,
    value: 'YC[A-Za-z0-9_-]{38}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['yandex', 'yc_'],
    positive: ['YANDEX_ACCESS_KEY_ID=YC{an:38}', 'yc_access_key: "YC{b64u:38}"'],
    negative: ['YANDEX_ACCESS_KEY_ID=YC{an:20}', 'yandex_folder_id: b1g{lan:17}'],
  }),
];
