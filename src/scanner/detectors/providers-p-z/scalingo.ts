import type { PatternDetector } from '../../types.js';

// Scalingo API tokens: `tk-us-` then 48 URL-safe characters (https://doc.scalingo.com/platform/cli/login).
/** Scalingo API token. */
export const scalingoDetectors: PatternDetector[] = [
  {
    id: 'scalingo-api-token',
    description: 'Scalingo API token',
    secretType: 'Scalingo API Token',
    provider: 'scalingo',
    strength: 'prefixed',
    keywords: ['tk-us-'],
    pattern: '(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])',
    examples: {
      positive: ['SCALINGO_API_TOKEN=tk-us-{b64u:48}', 'scalingo_api_token = "tk-us-{an:48}"'],
      negative: ['SCALINGO_API_TOKEN=tk-us-{an:30}', 'tk-us-{an:49}'],
    },
  },
];
