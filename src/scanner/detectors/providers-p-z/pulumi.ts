import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Pulumi Cloud access tokens: `pul-` then 40 hex characters (https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/).
/** Pulumi access token. */
export const pulumiDetectors: PatternDetector[] = [
  {
    id: 'pulumi-api-token',
    description: 'Pulumi Cloud access token',
    secretType: 'Pulumi Access Token',
    provider: 'pulumi',
    strength: 'prefixed',
    keywords: ['pul-'],
    pattern: prefixedTokenPattern('pul-', '[a-f0-9]{40}'),
    examples: {
      positive: ['PULUMI_ACCESS_TOKEN=pul-{hex:40}', 'env:\n  PULUMI_ACCESS_TOKEN: "pul-{hex:40}"'],
      negative: ['pul-{hex:39}', '<img src="avatars/vipul-{hex:40}.png">'],
    },
  },
];
