import type { PatternDetector } from '../../types.js';
import { contextual, nameWord, prefixed } from './shared.js';

// Linear personal API keys: `lin_api_` + 40 alphanumerics (linear.app/developers/graphql);
// OAuth application client secrets: 32 hex characters.

/** Linear API keys and OAuth client secrets. */
export const linearDetectors: PatternDetector[] = [
  prefixed({
    id: 'linear-api-key',
    description: 'Linear personal API key',
    secretType: 'Linear API Key',
    provider: 'linear',
    keywords: ['lin_api_'],
    prefix: 'lin_api_',
    body: '[A-Za-z0-9]{40}',
    positive: ['LINEAR_API_KEY=lin_api_{an:40}', "headers: { Authorization: 'lin_api_{an:40}' }"],
    negative: ['lin_api_{an:20}', 'lin_api_{an:50}'],
  }),
  contextual({
    id: 'linear-client-secret',
    description: 'Linear OAuth application client secret',
    secretType: 'Linear Client Secret',
    provider: 'linear',
    keywords: ['linear'],
    name: nameWord('linear'),
    value: '[a-f0-9]{32}',
    caseSensitive: true,
    minEntropy: 3,
    positive: ['LINEAR_CLIENT_SECRET={hex:32}', 'linear_client_secret: "{hex:32}"'],
    negative: ['LINEAR_REF={hex:20}', 'nonlinear_hash = "{hex:32}"'],
  }),
];
