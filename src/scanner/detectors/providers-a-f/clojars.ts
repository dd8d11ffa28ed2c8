import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Clojars deploy tokens: `CLOJARS_` followed by 60 lower-case hex characters.
// https://github.com/clojars/clojars-web/wiki/Deploy-Tokens

/** Clojars deploy tokens. */
export const clojarsDetectors: PatternDetector[] = [
  prefixed({
    id: 'clojars-api-token',
    description: 'Clojars deploy token',
    provider: 'clojars',
    prefix: 'CLOJARS_',
    body: '[a-z0-9]{60}',
    minEntropy: 3.2,
    examples: {
      positive: ['CLOJARS_PASSWORD=CLOJARS_{hex:60}', ':password "CLOJARS_{lan:60}"'],
      negative: ['CLOJARS_{hex:40}', 'CLOJARS_USERNAME={l:8}'],
    },
  }),
];
