import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';
import { anyCase, contextualDetector } from './helpers.js';

// Sourcegraph access tokens (https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token):
// `sgp_` + optional 16-hex instance id or `local` + `_` + 40 hex; older tokens are 40 hex alone.
const sourcegraph = anyCase('sourcegraph');

/** Sourcegraph access tokens, prefixed or legacy. */
export const sourcegraphDetectors: PatternDetector[] = [
  {
    id: 'sourcegraph-access-token',
    description: 'Sourcegraph access token',
    secretType: 'Sourcegraph Access Token',
    provider: 'sourcegraph',
    strength: 'prefixed',
    keywords: ['sgp_'],
    pattern: prefixedTokenPattern('sgp_', '(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40}'),
    examples: {
      positive: [
        'SRC_ACCESS_TOKEN=sgp_{hex:16}_{hex:40}',
        'export SRC_ACCESS_TOKEN="sgp_local_{hex:40}"',
        'token: sgp_{hex:40}',
      ],
      negative: [
        'SRC_ACCESS_TOKEN=sgp_{hex:20}_{hex:40}',
        'sgp_{hex:39}',
        'sgp_local_{hex:20}g{hex:19}',
      ],
    },
  },
  contextualDetector({
    id: 'sourcegraph-legacy-token',
    description: 'Sourcegraph access token (legacy, unprefixed)',
    secretType: 'Sourcegraph Access Token',
    provider: 'sourcegraph',
    name: sourcegraph,
    value: '[a-fA-F0-9]{40}',
    keywords: ['sourcegraph'],
    minEntropy: 3,
    positive: ['SOURCEGRAPH_TOKEN={hex:40}', 'sourcegraph: {hex:40}'],
    negative: ['sourcegraph_ref: {hex:32}', 'SOURCEGRAPH_URL=https://sourcegraph.com'],
  }),
];
