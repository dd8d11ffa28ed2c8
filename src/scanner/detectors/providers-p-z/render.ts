import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Render API keys start with `rnd_` followed by base62 characters (https://render.com/docs/api#1-create-an-api-key).
/** Render API key. */
export const renderDetectors: PatternDetector[] = [
  {
    id: 'render-api-key',
    description: 'Render API key',
    secretType: 'Render API Key',
    provider: 'render',
    strength: 'prefixed',
    keywords: ['rnd_'],
    minEntropy: 3.5,
    pattern: prefixedTokenPattern('rnd_', '[A-Za-z0-9]{24,40}'),
    examples: {
      positive: [
        'RENDER_API_KEY=rnd_{an:24}',
        'curl -H "Authorization: Bearer rnd_{an:32}" https://api.render.com/v1/services',
      ],
      negative: ['rnd_{an:12}', 'rnd_{an:41}'],
    },
  },
];
