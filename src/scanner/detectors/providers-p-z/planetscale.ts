import type { PatternDetector } from '../../types.js';

// PlanetScale service tokens, OAuth tokens and database passwords carry `pscale_tkn_`,
// `pscale_oauth_` and `pscale_pw_` prefixes (https://planetscale.com/docs/concepts/service-tokens,
// https://planetscale.com/docs/concepts/connection-strings).
const token = (
  kind: string,
  prefix: string,
  description: string,
  env: string,
): PatternDetector => ({
  id: `planetscale-${kind}`,
  description,
  secretType: 'PlanetScale Token',
  provider: 'planetscale',
  strength: 'prefixed',
  keywords: [prefix],
  pattern: `(?<![A-Za-z0-9_.-])(?<secret>${prefix}[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])`,
  examples: {
    positive: [`${env}=${prefix}{b64u:43}`, `password: "${prefix}{an:32}"`],
    negative: [`${prefix}{an:20}`, `x${prefix}{an:43}`],
  },
});

/** PlanetScale service tokens, OAuth tokens and passwords. */
export const planetscaleDetectors: PatternDetector[] = [
  token('api-token', 'pscale_tkn_', 'PlanetScale service token', 'PLANETSCALE_SERVICE_TOKEN'),
  token('oauth-token', 'pscale_oauth_', 'PlanetScale OAuth token', 'PLANETSCALE_OAUTH_TOKEN'),
  token('password', 'pscale_pw_', 'PlanetScale database password', 'DATABASE_PASSWORD'),
];
