import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// API keys: `sk-ant-api03-` + 93 base64url characters + `AA`; Admin API keys use
// `sk-ant-admin01-`. https://docs.anthropic.com/en/api/getting-started (key format as issued in the Console)

/** Anthropic API keys and Admin API keys. */
export const anthropicDetectors: PatternDetector[] = [
  prefixed({
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    provider: 'anthropic',
    prefix: 'sk-ant-api03-',
    keywords: ['sk-ant-api'],
    prefixPattern: 'sk-ant-api0\\d-',
    body: '[A-Za-z0-9_-]{93}AA',
    examples: {
      positive: [
        'ANTHROPIC_API_KEY=sk-ant-api03-{b64u:93}AA',
        'client = Anthropic(api_key="sk-ant-api03-{an:93}AA")',
      ],
      negative: ['sk-ant-api03-{an:60}AA', 'sk-ant-api03-{an:93}BB'],
    },
  }),
  prefixed({
    id: 'anthropic-admin-api-key',
    description: 'Anthropic Admin API key',
    provider: 'anthropic',
    prefix: 'sk-ant-admin01-',
    keywords: ['sk-ant-admin'],
    prefixPattern: 'sk-ant-admin0\\d-',
    body: '[A-Za-z0-9_-]{93}AA',
    examples: {
      positive: [
        'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{b64u:93}AA',
        '"adminKey": "sk-ant-admin01-{an:93}AA"',
      ],
      negative: ['sk-ant-admin01-{an:50}AA', 'sk-ant-admin01-{an:93}BB'],
    },
  }),
];
