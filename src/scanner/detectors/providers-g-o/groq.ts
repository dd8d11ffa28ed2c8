import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Groq API keys (console.groq.com/keys): `gsk_` then 52 alphanumerics.

/** Groq API keys. */
export const groqDetectors: PatternDetector[] = [
  prefixed({
    id: 'groq-api-key',
    description: 'Groq API key',
    secretType: 'Groq API Key',
    provider: 'groq',
    keywords: ['gsk_'],
    prefix: 'gsk_',
    body: '[A-Za-z0-9]{52}',
    positive: ['GROQ_API_KEY=gsk_{an:52}', 'client = Groq(api_key="gsk_{an:52}")'],
    negative: ['gsk_{an:30}', 'gsk_{an:60}'],
  }),
];
