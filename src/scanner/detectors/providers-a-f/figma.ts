import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Figma personal access tokens start with `figd_`. https://developers.figma.com/docs/rest-api/personal-access-tokens/

/** Figma personal access tokens. */
export const figmaDetectors: PatternDetector[] = [
  {
    ...prefixed({
      id: 'figma-personal-access-token',
      description: 'Figma personal access token',
      provider: 'figma',
      prefix: 'figd_',
      body: '',
      minEntropy: 3.5,
      examples: {
        positive: ['FIGMA_TOKEN=figd_{b64u:40}', 'headers: { "X-Figma-Token": "figd_{an:40}" }'],
        negative: ['figd_{an:12}'],
      },
    }),
    pattern: '(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{30,60})(?![A-Za-z0-9_-])',
  },
];
