import type { PatternDetector } from '../../types.js';
import { assignedSecretPattern } from '../patterns.js';

// Access tokens: https://docs.npmjs.com/about-access-tokens — `npm_` then 36 base62 characters
// (30 random and a 6-character CRC32). Tokens created before 2021 are UUIDs, found in `.npmrc`
// `_authToken=` lines or `NPM_TOKEN` variables.

/** npm access tokens, current and legacy. */
export const npmDetectors: PatternDetector[] = [
  {
    id: 'npm-access-token',
    description: 'npm access token',
    secretType: 'NPM tokens',
    provider: 'npm',
    strength: 'prefixed',
    keywords: ['npm_'],
    // detect-secrets' npm pattern has one capture group, set only by its `_authToken` branch, so
    // for `npm_…` tokens it records (and hashes) the empty string. The empty `hashed` group keeps
    // baselines it wrote compatible.
    pattern: '(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?<hashed>)(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'NPM_TOKEN=npm_{an:36}',
        '//registry.npmjs.org/:_authToken=npm_{an:36}',
        '  "npmAccessToken": "npm_{an:36}"',
      ],
      negative: ['npm_{an:20}', 'my_npm_{an:36}', 'npm_{an:40}'],
    },
  },
  {
    id: 'npm-legacy-auth-token',
    description: 'npm legacy (UUID) auth token',
    secretType: 'NPM tokens',
    provider: 'npm',
    strength: 'contextual',
    keywords: ['_authtoken', 'npm_token', 'npm-token', 'npmtoken'],
    pattern: assignedSecretPattern(
      '_authToken|npm[_-]?token',
      '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
      '(?![A-Za-z0-9_-])',
    ),
    flags: 'i',
    examples: {
      positive: [
        '//registry.npmjs.org/:_authToken={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        'export NPM_TOKEN="{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
      ],
      negative: [
        '_authToken=${NPM_TOKEN}',
        'npm_config_cache = {hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      ],
    },
  },
];
