import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './shared.js';

// Notion integration tokens (developers.notion.com/docs/authorization): `ntn_` + 11 digits + 35
// alphanumerics since 2024; the earlier internal integration secrets are `secret_` + 43.

/** Notion integration tokens, current and legacy. */
export const notionDetectors: PatternDetector[] = [
  prefixed({
    id: 'notion-api-token',
    description: 'Notion integration token',
    secretType: 'Notion API Token',
    provider: 'notion',
    keywords: ['ntn_'],
    prefix: 'ntn_',
    body: '[0-9]{11}[A-Za-z0-9]{35}',
    positive: [
      'NOTION_TOKEN=ntn_{d:11}{an:35}',
      'const notion = new Client({ auth: "ntn_{d:11}{an:35}" });',
    ],
    negative: ['ntn_{d:11}', 'ntn_{d:11}{an:10}', 'ntn_{d:11}{an:45}'],
  }),
  contextual({
    id: 'notion-legacy-api-token',
    description: 'Notion internal integration secret (legacy `secret_` format)',
    secretType: 'Notion API Token',
    provider: 'notion',
    keywords: ['notion'],
    name: 'notion',
    value: 'secret_[A-Za-z0-9]{43}',
    minEntropy: 3.5,
    positive: ['NOTION_API_KEY=secret_{an:43}', "notion_token: 'secret_{an:43}'"],
    negative: ['NOTION_REF=secret_{an:20}', 'NOTION_DB=secret_{an:50}'],
  }),
];
