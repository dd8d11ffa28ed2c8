import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Docker Hub access tokens: `dckr_pat_` (personal) and `dckr_oat_` (organization) followed by a
// base64url secret. https://docs.docker.com/security/for-developers/access-tokens/

/** Docker Hub personal and organization access tokens. */
export const dockerDetectors: PatternDetector[] = [
  {
    ...prefixed({
      id: 'docker-hub-access-token',
      description: 'Docker Hub access token',
      provider: 'docker',
      prefix: 'dckr_',
      keywords: ['dckr_pat_', 'dckr_oat_'],
      body: '',
      minEntropy: 3.3,
      examples: {
        positive: ['DOCKERHUB_TOKEN=dckr_pat_{b64u:27}', 'password: "dckr_oat_{an:32}"'],
        negative: ['dckr_pat_{an:10}', 'dckr_xyz_{an:27}'],
      },
    }),
    pattern: '(?<![A-Za-z0-9_-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{24,64})(?![A-Za-z0-9_-])',
  },
];
