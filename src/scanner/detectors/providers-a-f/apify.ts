import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Apify API tokens start with `apify_api_`. https://docs.apify.com/platform/integrations/api

/** Apify API tokens. */
export const apifyDetectors: PatternDetector[] = [
  prefixed({
    id: 'apify-api-token',
    description: 'Apify API token',
    provider: 'apify',
    prefix: 'apify_api_',
    body: '[A-Za-z0-9]{30,40}',
    minEntropy: 3.5,
    examples: {
      positive: ['APIFY_TOKEN=apify_api_{an:36}', "client = ApifyClient('apify_api_{an:36}')"],
      negative: ['apify_api_{an:12}', 'apify_api_{an:36}_{an:3}'],
    },
  }),
];
