import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Looker API3 credentials (cloud.google.com/looker/docs/api-auth): client id 20 alphanumerics,
// client secret 24 alphanumerics.

/** Looker API client ids and secrets, recognised by the variable they are assigned to. */
export const lookerDetectors: PatternDetector[] = [
  contextual({
    id: 'looker-client-id',
    description: 'Looker API client id',
    secretType: 'Looker Client ID',
    provider: 'looker',
    keywords: ['looker'],
    name: 'looker',
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3,
    positive: ['LOOKERSDK_CLIENT_ID={an:20}', 'looker_client_id: "{an:18}{d:2}"'],
    negative: ['LOOKERSDK_CLIENT_ID={an:12}', 'looker_view = "{u:1}{l:9}{u:1}{l:9}"'],
    notWords: true,
  }),
  contextual({
    id: 'looker-client-secret',
    description: 'Looker API client secret',
    secretType: 'Looker Client Secret',
    provider: 'looker',
    keywords: ['looker'],
    name: 'looker',
    value: '[A-Za-z0-9]{24}',
    minEntropy: 3,
    positive: ['LOOKERSDK_CLIENT_SECRET={an:24}', '"lookerClientSecret": "{an:24}"'],
    negative: ['LOOKER_REF={an:30}', 'looker_model_name = "{l:12}{u:1}{l:11}"'],
    notWords: true,
  }),
];
