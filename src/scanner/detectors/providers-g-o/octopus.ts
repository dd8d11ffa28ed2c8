import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Octopus Deploy API keys (octopus.com/docs/octopus-rest-api/how-to-create-an-api-key): `API-` + 26
// upper-case alphanumerics (older keys), the form the CLI and Terraform provider accept.

/** Octopus Deploy API keys. */
export const octopusDetectors: PatternDetector[] = [
  prefixed({
    id: 'octopus-deploy-api-key',
    description: 'Octopus Deploy API key',
    secretType: 'Octopus Deploy API Key',
    provider: 'octopus-deploy',
    keywords: ['api-'],
    prefix: 'API-',
    body: '[A-Z0-9]{26}',
    pattern: '(?<![A-Za-z0-9_./-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_.-])',
    positive: ['OCTOPUS_API_KEY=API-{uan:26}', 'octopus_api_key = "API-{uan:26}"'],
    negative: ['API-{uan:20}', 'GSSAPI-{uan:26}', 'https://{l:8}.notion.site/API-{HEX:32}'],
  }),
];
