import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Dynatrace tokens: prefix (`dt0c01` for API tokens, `dt0s..` for OAuth and platform tokens),
// `.` + a 24-character public part, `.` + a 64-character secret part.
// https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens

/** Dynatrace API, OAuth client and platform tokens. */
export const dynatraceDetectors: PatternDetector[] = [
  prefixed({
    id: 'dynatrace-api-token',
    description: 'Dynatrace access token',
    provider: 'dynatrace',
    prefix: 'dt0',
    keywords: ['dt0c', 'dt0s'],
    prefixPattern: 'dt0[cs][0-9]{2}\\.',
    body: '[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
    examples: {
      positive: ['DT_API_TOKEN=dt0c01.{uan:24}.{uan:64}', 'token: "dt0s01.{uan:24}.{uan:64}"'],
      negative: ['dt0c01.{uan:24}', 'dt0c01.{uan:24}.{uan:64}{uan:2}'],
    },
  }),
];
