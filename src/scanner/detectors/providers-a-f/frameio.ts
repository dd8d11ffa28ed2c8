import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Frame.io developer tokens: `fio-u-` + 64 base64url characters. https://developer.frame.io/docs/getting-started/authentication

/** Frame.io developer tokens. */
export const frameioDetectors: PatternDetector[] = [
  {
    ...prefixed({
      id: 'frameio-api-token',
      description: 'Frame.io developer token',
      provider: 'frameio',
      prefix: 'fio-u-',
      body: '',
      examples: {
        positive: ['FRAMEIO_TOKEN=fio-u-{b64u:64}', 'token: "fio-u-{an:64}"'],
        negative: ['fio-u-{an:30}', 'fio-u-{an:70}'],
      },
    }),
    pattern: '(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])',
  },
];
