import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// ReadMe API keys: `rdme_` then 70 lower-case alphanumerics (https://docs.readme.com/main/reference/intro/authentication).
/** ReadMe API key. */
export const readmeDetectors: PatternDetector[] = [
  {
    id: 'readme-api-token',
    description: 'ReadMe API key',
    secretType: 'ReadMe API Key',
    provider: 'readme',
    strength: 'prefixed',
    keywords: ['rdme_'],
    pattern: prefixedTokenPattern('rdme_', '[a-z0-9]{70}'),
    examples: {
      positive: ['README_API_KEY=rdme_{lan:70}', "const API_KEY = 'rdme_{lan:70}';"],
      negative: ['rdme_{lan:40}', 'rdme_{lan:71}'],
    },
  },
];
