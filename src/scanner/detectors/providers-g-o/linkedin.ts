import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// LinkedIn OAuth apps (learn.microsoft.com/linkedin/shared/authentication): the client id is 14
// lower-case alphanumerics, the client secret 16 alphanumerics.

/** LinkedIn OAuth client ids and secrets, recognised by the variable they are assigned to. */
export const linkedinDetectors: PatternDetector[] = [
  contextual({
    id: 'linkedin-client-id',
    description: 'LinkedIn OAuth client id',
    secretType: 'LinkedIn Client ID',
    provider: 'linkedin',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    name: 'linked[-_]?in',
    value: '[a-z0-9]{14}',
    minEntropy: 2.8,
    positive: ['LINKEDIN_CLIENT_ID={d:3}{l:4}{lan:7}', '"linkedinClientId": "{d:2}{l:5}{lan:7}"'],
    negative: ['LINKEDIN_CLIENT_ID={lan:10}', 'linkedin_url = "{l:14}"'],
    allowlist: ['^[a-z]{14}$'],
  }),
  contextual({
    id: 'linkedin-client-secret',
    description: 'LinkedIn OAuth client secret',
    secretType: 'LinkedIn Client Secret',
    provider: 'linkedin',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    name: 'linked[-_]?in',
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3,
    positive: [
      'LINKEDIN_CLIENT_SECRET={u:2}{d:2}{an:12}',
      'linkedin_client_secret: {l:2}{d:2}{an:12}',
    ],
    negative: ['LINKEDIN_REF={an:12}', 'linkedin_title = "{u:1}{l:7}{u:1}{l:7}"'],
    notWords: true,
  }),
];
