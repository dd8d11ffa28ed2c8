import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// RubyGems.org API keys: `rubygems_` then 48 hex characters (https://guides.rubygems.org/api-key-scopes/).
/** RubyGems API key. */
export const rubygemsDetectors: PatternDetector[] = [
  {
    id: 'rubygems-api-token',
    description: 'RubyGems API key',
    secretType: 'RubyGems API Key',
    provider: 'rubygems',
    strength: 'prefixed',
    keywords: ['rubygems_'],
    pattern: prefixedTokenPattern('rubygems_', '[a-f0-9]{48}'),
    examples: {
      positive: ['GEM_HOST_API_KEY=rubygems_{hex:48}', '---\n:rubygems_api_key: rubygems_{hex:48}'],
      negative: ['GEM_HOST_API_KEY=rubygems_{hex:40}', 'rubygems_{hex:48}x'],
    },
  },
];
