import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// DigitalOcean tokens: `dop_v1_` (personal access), `doo_v1_` (OAuth access), `dor_v1_` (OAuth
// refresh), each + 64 hex characters. https://docs.digitalocean.com/reference/api/create-personal-access-token/

const token = (id: string, prefix: string, description: string): PatternDetector =>
  prefixed({
    id,
    description,
    secretType: 'DigitalOcean token',
    provider: 'digitalocean',
    prefix,
    body: '[a-f0-9]{64}',
    examples: {
      positive: [`DIGITALOCEAN_TOKEN=${prefix}{hex:64}`, `token: "${prefix}{hex:64}"`],
      negative: [`${prefix}{hex:40}`, `x${prefix}{hex:64}`],
    },
  });

/** DigitalOcean personal access, OAuth access and OAuth refresh tokens. */
export const digitaloceanDetectors: PatternDetector[] = [
  token('digitalocean-pat', 'dop_v1_', 'DigitalOcean personal access token'),
  token('digitalocean-access-token', 'doo_v1_', 'DigitalOcean OAuth access token'),
  token('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token'),
];
