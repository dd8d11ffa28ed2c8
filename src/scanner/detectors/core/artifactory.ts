import type { PatternDetector } from '../../types.js';
import { assignedSecretPattern } from '../patterns.js';

// JFrog credentials: https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens
// API keys (deprecated) are `AKCp` + 69 base62 characters; reference tokens are 64 characters
// starting `cmVmd` (base64 of "reftkn"); identity tokens and API keys without those prefixes are
// found by the JFrog product name they are assigned to. Encrypted passwords start `AP` + hex digit.

const contextual = (
  kind: string,
  description: string,
  value: string,
  positive: string[],
  negative: string[],
): PatternDetector => ({
  id: `jfrog-${kind}`,
  description,
  secretType: 'Artifactory Credentials',
  provider: 'jfrog',
  strength: 'contextual',
  keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
  contextLines: 1,
  minEntropy: 3.5,
  pattern: assignedSecretPattern('jfrog|artifactory|bintray|xray', value),
  flags: 'i',
  examples: { positive, negative },
});

/** Artifactory / JFrog API keys, reference and identity tokens, and encrypted passwords. */
export const artifactoryDetectors: PatternDetector[] = [
  {
    id: 'artifactory-api-key',
    description: 'Artifactory API key',
    secretType: 'Artifactory Credentials',
    provider: 'jfrog',
    strength: 'prefixed',
    keywords: ['akcp'],
    minEntropy: 3.5,
    // detect-secrets' match includes the delimiter on each side (`"`, `=`, `:` or a space before,
    // `"` or a space after), and that is what it hashes.
    pattern:
      '(?<hashed>[\\t =:"]?(?<![A-Za-z0-9_])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])[\\t "]?)',
    examples: {
      positive: ['ARTIFACTORY_API_KEY=AKCp{an:69}', 'artifactoryApiKey := "AKCp{lan:69}"'],
      negative: ['AkCp{lan:69}', 'AKCp{an:60}', 'gYnkgAKCp{an:69}'],
    },
  },
  {
    id: 'artifactory-reference-token',
    description: 'Artifactory reference token',
    secretType: 'Artifactory Credentials',
    provider: 'jfrog',
    strength: 'prefixed',
    keywords: ['cmvmd'],
    minEntropy: 3.5,
    pattern: '(?<![A-Za-z0-9_])(?<secret>cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'ARTIFACTORY_TOKEN=cmVmdGtuOjAxOj{an:50}',
        'artifactoryRefToken := "cmVmd{lan:59}"',
      ],
      negative: ['cmVMd{an:59}', 'cmVmd{an:40}', 'gYnkgcmVmd{an:59}'],
    },
  },
  contextual(
    'api-key',
    'JFrog API key assigned to a JFrog name',
    '[A-Za-z0-9]{73}',
    ['--set imagePullSecretJfrog.password={lan:73}', 'JFROG_API_KEY="{an:73}"'],
    ['jfrog_repo: {an:60}'],
  ),
  contextual(
    'identity-token',
    'JFrog identity or access token assigned to a JFrog name',
    '[A-Za-z0-9]{64}',
    [
      'ARTIFACTORY_TOKEN={lan:64}',
      '"artifactory", "{an:64}"',
      '<xrayToken>\n  {an:64}\n</xrayToken>',
    ],
    ['artifactory_repo = {an:50}', 'jfrog_build = {an:70}'],
  ),
  contextual(
    'encrypted-password',
    'Artifactory encrypted password assigned to a JFrog name',
    'AP[0-9A-F][A-Za-z0-9]{8,200}',
    ['ARTIFACTORY_PASSWORD=AP{HEX:1}{an:56}', 'jfrog_password: "AP{HEX:1}{an:40}"'],
    ['artifactory_build = APX{an:40}'],
  ),
];
