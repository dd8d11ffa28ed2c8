import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Atlassian Cloud API tokens: current ones start with `ATATT` and end with `=` + an 8-hex-digit
// CRC32 checksum; legacy ones are 24 base62 characters with no prefix.
// https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/

/** Atlassian (Jira, Confluence) API tokens. */
export const atlassianDetectors: PatternDetector[] = [
  {
    id: 'atlassian-api-token-v2',
    description: 'Atlassian API token',
    secretType: 'Atlassian API token',
    provider: 'atlassian',
    strength: 'prefixed',
    keywords: ['atatt'],
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>ATATT[A-Za-z0-9_-][A-Za-z0-9_=-]{100,300}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])',
    examples: {
      positive: [
        'JIRA_API_TOKEN=ATATT3xFfGF0{b64u:170}={HEX:8}',
        'confluence_token: "ATATT3xFfGF0{an:160}={HEX:8}"',
      ],
      negative: ['ATATT3xFfGF0{an:40}={HEX:8}', 'ATATT3xFfGF0{an:170}={HEX:8}x'],
    },
  },
  contextual({
    id: 'atlassian-api-token',
    description: 'Atlassian legacy API token',
    secretType: 'Atlassian API token',
    provider: 'atlassian',
    names: ['atlassian', 'confluence', 'jira'],
    // At least one digit: 24 letters are far more often an identifier than a random token.
    value: '(?=[A-Za-z]{0,23}[0-9])[A-Za-z0-9]{24}',
    minEntropy: 3.3,
    examples: {
      positive: ['JIRA_API_TOKEN={an:24}', 'confluenceToken: "{lan:24}"'],
      negative: ['JIRA_API={an:23}', 'ATLASSIAN_TOKEN="getPagesIn,searchUsing"'],
    },
  }),
];
