import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// xAI API keys start with `xai-` followed by about 80 base62 characters (https://docs.x.ai/docs/tutorial).
/** xAI (Grok) API key. */
export const xaiDetectors: PatternDetector[] = [
  {
    id: 'xai-api-key',
    description: 'xAI API key',
    secretType: 'xAI API Key',
    provider: 'xai',
    strength: 'prefixed',
    keywords: ['xai-'],
    minEntropy: 4,
    pattern: prefixedTokenPattern('xai-', '[A-Za-z0-9]{70,90}'),
    examples: {
      positive: ['XAI_API_KEY=xai-{an:80}', 'client = Client(api_key="xai-{an:80}")'],
      negative: ['xai-{an:40}', 'export XAI_API_KEY="xai-your-key-here"'],
    },
  },
];
