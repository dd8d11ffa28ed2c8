import type { PatternDetector } from '../../types.js';

// Token formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
// A prefix naming the kind, then 36 base62 characters (the last six a CRC32 checksum).
// detect-secrets hashes only the prefix (its capture group), so `hashed` keeps baselines compatible.
const classicToken = (kind: string, prefix: string, description: string): PatternDetector => ({
  id: `github-${kind}`,
  description,
  secretType: 'GitHub Token',
  provider: 'github',
  strength: 'prefixed',
  keywords: [`${prefix}_`],
  pattern: `(?<![A-Za-z0-9_])(?<secret>(?<hashed>${prefix})_[A-Za-z0-9]{36})(?![A-Za-z0-9_])`,
  examples: {
    positive: [`GITHUB_TOKEN=${prefix}_{an:36}`, `token: "${prefix}_{an:36}"`],
    negative: [`${prefix}_{an:20}`, `x${prefix}_{an:36}`],
  },
});

/** GitHub personal access tokens, OAuth, app and refresh tokens. */
export const githubDetectors: PatternDetector[] = [
  classicToken('pat', 'ghp', 'GitHub personal access token (classic)'),
  classicToken('oauth', 'gho', 'GitHub OAuth access token'),
  classicToken('user-to-server', 'ghu', 'GitHub App user-to-server token'),
  classicToken('app-token', 'ghs', 'GitHub App installation (server-to-server) token'),
  classicToken('refresh-token', 'ghr', 'GitHub App refresh token'),
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    secretType: 'GitHub Token',
    provider: 'github',
    strength: 'prefixed',
    keywords: ['github_pat_'],
    // Documented as 22 base62, `_`, 59 base62; some tools print the 82 characters without the
    // separator, so any 82 word characters after the prefix are accepted.
    pattern: '(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'export GH_TOKEN=github_pat_{an:22}_{an:59}',
        'github:\n  token: "github_pat_{an:82}"',
      ],
      negative: ['github_pat_{an:22}', 'github_pat_{an:22}_{an:70}'],
    },
  },
];
