import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Postman API keys: `PMAK-` then 24 hex, a dash and 34 hex (https://learning.postman.com/docs/developer/postman-api/authentication/).
/** Postman API key. */
export const postmanDetectors: PatternDetector[] = [
  {
    id: 'postman-api-token',
    description: 'Postman API key',
    secretType: 'Postman API Key',
    provider: 'postman',
    strength: 'prefixed',
    keywords: ['pmak-'],
    pattern: prefixedTokenPattern('PMAK-', '[a-fA-F0-9]{24}-[a-fA-F0-9]{34}'),
    examples: {
      positive: [
        'POSTMAN_API_KEY=PMAK-{hex:24}-{hex:34}',
        "headers = {'X-Api-Key': 'PMAK-{hex:24}-{hex:34}'}",
      ],
      negative: ['PMAK-{hex:24}', 'PMAK-{hex:24}-{hex:20}'],
    },
  },
];
