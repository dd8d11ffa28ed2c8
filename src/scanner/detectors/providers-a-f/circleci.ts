import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// CircleCI personal (`CCIPAT_`) and project (`CCIPRJ_`) API tokens: prefix, a base58 UUID (matched as base62), `_`,
// then 40 hex characters. https://circleci.com/changelog/new-format-for-api-access-tokens/

/** CircleCI personal and project API tokens. */
export const circleciDetectors: PatternDetector[] = [
  prefixed({
    id: 'circleci-api-token',
    description: 'CircleCI personal or project API token',
    provider: 'circleci',
    prefix: 'CCIP',
    keywords: ['ccipat_', 'cciprj_'],
    prefixPattern: 'CCIP(?:AT|RJ)_',
    body: '[A-Za-z0-9]{18,24}_[a-f0-9]{40}',
    examples: {
      positive: [
        'CIRCLE_TOKEN=CCIPAT_{an:22}_{hex:40}',
        'circleci_token: "CCIPRJ_{an:21}_{hex:40}"',
      ],
      negative: ['CCIPAT_{an:22}_{hex:20}', 'CCIPAT_{an:22}'],
    },
  }),
];
