import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// AccessKey pairs: the id starts with `LTAI` (16 to 24 characters in all), the secret is 30
// base62 characters. https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair

/** Alibaba Cloud AccessKey ids and secrets. */
export const alibabaDetectors: PatternDetector[] = [
  prefixed({
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey id',
    provider: 'alibaba',
    prefix: 'LTAI',
    keywords: ['ltai'],
    body: '[A-Za-z0-9]{12,20}',
    minEntropy: 3,
    examples: {
      positive: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5t{an:18}', 'accessKeyId: "LTAI{an:12}"'],
      negative: ['LTAI{an:8}', 'xLTAI{an:16}'],
    },
  }),
  contextual({
    id: 'alibaba-secret-key',
    description: 'Alibaba Cloud AccessKey secret',
    provider: 'alibaba',
    names: ['alibaba', 'aliyun', 'alicloud'],
    value: '[A-Za-z0-9]{30}',
    minEntropy: 3.5,
    examples: {
      positive: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET={an:30}', 'aliyun_secret: "{an:30}"'],
      negative: ['ALIBABA_CLOUD_ACCESS={an:29}', 'alibaba_region: "cn-hangzhou"'],
    },
  }),
];
