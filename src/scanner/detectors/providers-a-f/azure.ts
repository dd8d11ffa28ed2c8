import type { Detector } from '../../types.js';
import { triggered } from './common.js';

// Microsoft Entra ID (Azure AD) application client secrets carry the marker `Q~` after three
// characters and a version digit: 37 characters in all (older) or 40.
// Azure DevOps personal access tokens (since 2024): 84 base62 characters with the fixed
// signature `AZDO` at positions 77-80.
// https://learn.microsoft.com/en-us/purview/sit-defn-azure-devops-personal-access-token

/** Microsoft Entra ID client secrets and Azure DevOps personal access tokens. */
export const azureDetectors: Detector[] = [
  triggered({
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    secretType: 'Azure AD client secret',
    provider: 'azure',
    strength: 'prefixed',
    // `Q~` alone is too short for a keyword.
    trigger: 'Q~[A-Za-z0-9_~.-]{31}',
    minEntropy: 3.5,
    pattern:
      '(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])',
    examples: {
      positive: [
        'AZURE_CLIENT_SECRET={an:3}8Q~{an:34}',
        'client_secret: "{an:3}7Q~{an:12}.{an:9}_{an:9}"',
      ],
      negative: ['{an:3}8Q~{an:20}', 'url = "{an:20}~{an:3}8Q~{an:34}~x"'],
    },
  }),
  {
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token',
    secretType: 'Azure DevOps personal access token',
    provider: 'azure',
    strength: 'prefixed',
    keywords: ['azdo'],
    minEntropy: 4,
    pattern: '(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])',
    examples: {
      positive: ['AZURE_DEVOPS_PAT={an:76}AZDO{an:4}', 'PAT = "{an:76}AZDO{an:4}"'],
      negative: ['{an:70}AZDO{an:4}', '{an:76}AZDO{an:8}'],
    },
  },
];
