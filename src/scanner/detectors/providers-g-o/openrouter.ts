import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// OpenRouter API keys (openrouter.ai/keys): `sk-or-v1-` then 64 hex characters.

/** OpenRouter API keys. */
export const openrouterDetectors: PatternDetector[] = [
  prefixed({
    id: 'openrouter-api-key',
    description: 'OpenRouter API key',
    secretType: 'OpenRouter API Key',
    provider: 'openrouter',
    keywords: ['sk-or-v1-'],
    prefix: 'sk-or-v1-',
    body: '[a-f0-9]{64}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])',
    positive: ['OPENROUTER_API_KEY=sk-or-v1-{hex:64}', 'api_key="sk-or-v1-{hex:64}",'],
    negative: ['sk-or-v1-{hex:40}', 'sk-or-v1-{hex:64}-{hex:4}'],
  }),
];
