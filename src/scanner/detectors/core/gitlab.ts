import type { PatternDetector } from '../../types.js';

// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
// A `gl…-` prefix naming the kind, then a Devise friendly token (20 base64url characters) or,
// for newer tokens, the routable format: a longer base64url payload, `.`, an optional two-digit
// version and `.`, then a base36 length and CRC (`glpat-<payload>.01.<9 chars>`).
const routableTail = '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9}|\\.[0-9a-z]{7,9})?';
// A routable token must not stop at its first `.`: the part after the dot belongs to it.
const tokenEnd = '(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])';

/**
 * A prefixed GitLab token. detect-secrets hashes only the prefix word of the ten kinds it knows
 * (its capture group), so those expose it as `hashed` to keep baselines compatible.
 */
const prefixedToken = (
  kind: string,
  prefix: string,
  description: string,
  hashedByDetectSecrets: boolean,
  length = 20,
): PatternDetector => {
  const word = hashedByDetectSecrets ? `(?<hashed>${prefix})` : prefix;
  return {
    id: `gitlab-${kind}`,
    description,
    secretType: 'GitLab Token',
    provider: 'gitlab',
    strength: 'prefixed',
    keywords: [`${prefix}-`],
    pattern: `(?<![A-Za-z0-9_-])(?<secret>${word}-[A-Za-z0-9_-]{20,300}${routableTail})${tokenEnd}`,
    examples: {
      positive: [
        `GITLAB_TOKEN=${prefix}-{b64u:${length}}`,
        `  gitlab_token: "${prefix}-{an:27}.01.{lan:9}"`,
        `gitlab = Gitlab("https://gitlab.example.org", private_token='${prefix}-{an:${length}}')`,
      ],
      negative: [
        `${prefix}-{an:12}`,
        `x${prefix}-{an:${length}}`,
        `${prefix}-xxxxxxxxxxxxxxxxxxxxxxxx`,
      ],
    },
  };
};

/** GitLab access, deploy, runner, CI/CD, trigger, feed, mail, agent, SCIM and feature-flag tokens. */
export const gitlabDetectors: PatternDetector[] = [
  prefixedToken('pat', 'glpat', 'GitLab personal, project or group access token', true),
  prefixedToken('oauth-app-secret', 'gloas', 'GitLab OAuth application secret', true, 64),
  prefixedToken('deploy-token', 'gldt', 'GitLab deploy token', true),
  prefixedToken('runner-token', 'glrt', 'GitLab runner authentication token', true),
  prefixedToken('cicd-job-token', 'glcbt', 'GitLab CI/CD job token', true, 26),
  prefixedToken('pipeline-trigger-token', 'glptt', 'GitLab pipeline trigger token', true, 40),
  prefixedToken('feed-token', 'glft', 'GitLab feed token', true),
  prefixedToken('incoming-mail-token', 'glimt', 'GitLab incoming mail token', true, 25),
  prefixedToken('agent-token', 'glagent', 'GitLab agent for Kubernetes token', true, 50),
  prefixedToken('scim-token', 'glsoat', 'GitLab SCIM OAuth token', true),
  prefixedToken('feature-flag-client-token', 'glffct', 'GitLab feature flags client token', false),
  {
    id: 'gitlab-runner-registration-token',
    description: 'GitLab runner registration token (deprecated format)',
    secretType: 'GitLab Token',
    provider: 'gitlab',
    strength: 'prefixed',
    keywords: ['gr1348941'],
    // Digits-only bodies such as `GR1348941123123…` are test fixtures, not tokens.
    minEntropy: 3,
    pattern: '(?<![A-Za-z0-9_-])(?<secret>GR1348941[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'RUNNER_REGISTRATION_TOKEN=GR1348941{an:20}',
        "registration-token: 'GR1348941{b64u:20}'",
      ],
      negative: ['GR1348941{an:10}', 'GR134894112312312312312312312', 'xGR1348941{an:20}'],
    },
  },
  {
    id: 'gitlab-session-cookie',
    description: 'GitLab session cookie',
    secretType: 'GitLab Token',
    provider: 'gitlab',
    strength: 'prefixed',
    keywords: ['_gitlab_session='],
    pattern: '_gitlab_session=(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'curl -H "Cookie: _gitlab_session={hex:32}" https://gitlab.example.org/api/v4/user',
        "cookies = '_gitlab_session={lan:32}; path=/'",
      ],
      negative: ['_gitlab_session={hex:20}', '_gitlab_session={hex:40}'],
    },
  },
];
