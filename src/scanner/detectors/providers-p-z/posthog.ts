import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// PostHog personal API keys start with `phx_` (https://posthog.com/docs/api/personal-api-keys); project
// keys (`phc_`) are public by design and are not flagged.
/** PostHog personal API key. */
export const posthogDetectors: PatternDetector[] = [
  {
    id: 'posthog-personal-api-key',
    description: 'PostHog personal API key',
    secretType: 'PostHog Personal API Key',
    provider: 'posthog',
    strength: 'prefixed',
    keywords: ['phx_'],
    minEntropy: 3.5,
    pattern: prefixedTokenPattern('phx_', '[A-Za-z0-9]{30,60}'),
    examples: {
      positive: ['POSTHOG_PERSONAL_API_KEY=phx_{an:43}', "-H 'Authorization: Bearer phx_{an:47}'"],
      negative: ['phx_xyz789', 'NEXT_PUBLIC_POSTHOG_KEY=phc_{an:43}'],
    },
  },
];
