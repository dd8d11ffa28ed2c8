import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Deno Deploy access tokens: personal tokens start with `ddp_`, organization tokens with `ddo_`.
// https://docs.deno.com/deploy/manual/api/ (access tokens), https://docs.doppler.com/docs/deno-deploy

/** Deno Deploy personal and organization access tokens. */
export const denoDetectors: PatternDetector[] = [
  prefixed({
    id: 'deno-deploy-access-token',
    description: 'Deno Deploy access token',
    provider: 'deno',
    prefix: 'dd',
    keywords: ['ddp_', 'ddo_'],
    prefixPattern: 'dd[po]_',
    body: '[A-Za-z0-9]{36,40}',
    minEntropy: 3.5,
    examples: {
      positive: ['DENO_DEPLOY_TOKEN=ddp_{an:36}', 'token: "ddo_{an:36}"'],
      negative: ['ddp_{an:20}', 'xddp_{an:36}'],
    },
  }),
];
