import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Snyk API tokens are UUIDs with no prefix (https://docs.snyk.io/snyk-api/authentication-for-api).
/** Snyk API token, recognised by its variable name. */
export const snykDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'snyk-api-token',
    description: 'Snyk API token',
    provider: 'snyk',
    name: anyCase('snyk'),
    value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['snyk'],
    positive: [
      'SNYK_TOKEN={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'snyk auth:\n  snyk_api_key: "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
    ],
    negative: ['SNYK_ORG_SLUG=my-org', 'snyk_ref: {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:11}'],
  }),
];
