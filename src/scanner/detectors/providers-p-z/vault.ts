import type { PatternDetector } from '../../types.js';

// HashiCorp Vault tokens (https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes):
// since 1.10 service tokens are `hvs.` and batch tokens `hvb.` followed by a long base64url body;
// before, service tokens were `s.` + 24 alphanumerics and batch tokens `b.` + a longer body.
/** HashiCorp Vault service and batch tokens, current and legacy. */
export const vaultDetectors: PatternDetector[] = [
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token',
    secretType: 'Vault Token',
    provider: 'vault',
    strength: 'prefixed',
    keywords: ['hvs.'],
    pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvs\\.[A-Za-z0-9_-]{90,180})(?![A-Za-z0-9_.-])',
    examples: {
      positive: ['VAULT_TOKEN=hvs.CAES{b64u:91}', 'vault login -method=token "hvs.{an:120}"'],
      negative: ['VAULT_TOKEN=hvs.{an:24}', 'xhvs.{an:95}'],
    },
  },
  {
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token',
    secretType: 'Vault Token',
    provider: 'vault',
    strength: 'prefixed',
    keywords: ['hvb.'],
    pattern: '(?<![A-Za-z0-9_.-])(?<secret>hvb\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_.-])',
    examples: {
      positive: ['VAULT_TOKEN=hvb.AAAAAQ{b64u:150}', 'token: "hvb.{an:220}"'],
      negative: ['VAULT_TOKEN=hvb.{an:100}'],
    },
  },
  {
    // A legacy `s.` token is recognised on a line that names Vault or a token; it must mix upper
    // case, lower case and digits, unlike `s.makeController` or `s.AcceptanceTimeoutSeconds`.
    id: 'vault-legacy-service-token',
    description: 'HashiCorp Vault service token (legacy `s.` format)',
    secretType: 'Vault Token',
    provider: 'vault',
    strength: 'contextual',
    keywords: ['vault', 'hashicorp', 'token'],
    minEntropy: 3.5,
    pattern:
      '(?<![A-Za-z0-9_.$-])(?<secret>s\\.(?=[A-Za-z]{0,23}[0-9])(?=[a-z0-9]{0,23}[A-Z])(?=[A-Z0-9]{0,23}[a-z])[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])',
    examples: {
      positive: ['VAULT_TOKEN=s.{an:20}a1B2', 'vault_api_token = "s.{an:20}Zz9y"'],
      negative: [
        'HASHICORP_TOKEN=s.AcceptanceTimeoutSeconds',
        'vault_token = "s.{an:23}"',
        's.{an:20}a1B2',
      ],
    },
  },
];
