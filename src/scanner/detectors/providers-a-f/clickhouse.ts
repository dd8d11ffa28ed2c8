import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// ClickHouse Cloud API key secrets start with `4b1d` followed by 38 base62 characters.
// https://clickhouse.com/docs/cloud/manage/openapi

/** ClickHouse Cloud API key secrets. */
export const clickhouseDetectors: PatternDetector[] = [
  prefixed({
    id: 'clickhouse-cloud-api-secret-key',
    description: 'ClickHouse Cloud API key secret',
    provider: 'clickhouse',
    prefix: '4b1d',
    body: '[A-Za-z0-9]{38}',
    minEntropy: 3.5,
    examples: {
      positive: ['CLICKHOUSE_KEY_SECRET=4b1d{an:38}', 'key_secret: "4b1d{an:38}"'],
      negative: ['4b1d{an:30}', 'adf4b1d{an:38}'],
    },
  }),
];
