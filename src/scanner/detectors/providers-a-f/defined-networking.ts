import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Defined Networking (Managed Nebula) API keys: `dnkey-` + two dash-separated random parts.
// https://docs.defined.net/guides/automatically-creating-hosts/

/** Defined Networking API keys. */
export const definedNetworkingDetectors: PatternDetector[] = [
  {
    ...prefixed({
      id: 'defined-networking-api-token',
      description: 'Defined Networking API key',
      provider: 'defined-networking',
      prefix: 'dnkey-',
      body: '',
      examples: {
        positive: ['DN_API_KEY=dnkey-{lan:26}-{b64u:52}', 'apiKey: "dnkey-{an:26}-{an:52}"'],
        negative: ['dnkey-{lan:26}', 'dnkey-{lan:10}-{lan:10}'],
      },
    }),
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])',
  },
];
