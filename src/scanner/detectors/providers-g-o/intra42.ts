import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// 42 intranet (api.intra.42.fr) OAuth application secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 hex.

/** 42 intranet OAuth client secrets. */
export const intra42Detectors: PatternDetector[] = [
  prefixed({
    id: 'intra42-client-secret',
    description: '42 intranet OAuth client secret',
    secretType: '42 Intra Client Secret',
    provider: 'intra42',
    keywords: ['s-s4t2'],
    prefix: 's-s4t2(?:ud|af)-',
    body: '[a-f0-9]{64}',
    positive: ['INTRA42_SECRET=s-s4t2ud-{hex:64}', 'clientSecret := "s-s4t2af-{hex:64}"'],
    negative: ['s-s4t2ud-{hex:40}', 's-s4t2ud-{hex:64}{l:3}'],
  }),
];
