import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Gitter personal access tokens (developer.gitter.im): 40 characters, no prefix.

/** Gitter access tokens, recognised by the variable they are assigned to. */
export const gitterDetectors: PatternDetector[] = [
  contextual({
    id: 'gitter-access-token',
    description: 'Gitter access token',
    secretType: 'Gitter Access Token',
    provider: 'gitter',
    keywords: ['gitter'],
    name: 'gitter',
    value: '[a-z0-9_-]{40}',
    after: '(?![A-Za-z0-9_-])',
    minEntropy: 3.2,
    positive: ['GITTER_TOKEN={lan:40}', 'gitter_token: "{hex:40}"'],
    negative: ['gitter_build = {lan:30}', 'GITTER_ROOM={lan:50}'],
  }),
];
