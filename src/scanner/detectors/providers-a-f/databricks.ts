import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Databricks personal access tokens: `dapi` + 32 hex characters, optionally `-` + a digit.
// https://docs.databricks.com/en/dev-tools/auth/pat.html

/** Databricks personal access tokens. */
export const databricksDetectors: PatternDetector[] = [
  prefixed({
    id: 'databricks-api-token',
    description: 'Databricks personal access token',
    provider: 'databricks',
    prefix: 'dapi',
    body: '[a-f0-9]{32}(?:-[0-9])?',
    minEntropy: 3,
    examples: {
      positive: ['DATABRICKS_TOKEN=dapi{hex:32}', 'token = dapi{hex:32}-2'],
      negative: ['dapi{hex:20}', 'dapi{hex:31}g'],
    },
  }),
];
