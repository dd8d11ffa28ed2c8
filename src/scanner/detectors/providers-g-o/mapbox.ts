import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './shared.js';

// Mapbox access tokens (docs.mapbox.com/help/dive-deeper/access-tokens/): `pk.` public, `sk.`
// secret or `tk.` temporary, then a base64url JSON payload (`eyJ1Ijoi…`), a dot and 22 more.

/** Mapbox access tokens: by their JSON payload, or any `pk./sk./tk.` shape next to a Mapbox name. */
export const mapboxDetectors: PatternDetector[] = [
  prefixed({
    id: 'mapbox-access-token',
    description: 'Mapbox access token',
    secretType: 'Mapbox Access Token',
    provider: 'mapbox',
    keywords: ['pk.eyj', 'sk.eyj', 'tk.eyj'],
    prefix: '[pst]k\\.eyJ',
    body: '[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}',
    positive: [
      'MAPBOX_TOKEN=sk.eyJ1Ijoi{b64u:60}.{b64u:22}',
      "mapboxgl.accessToken = 'pk.eyJ1Ijoi{an:50}.{an:22}';",
    ],
    negative: ['pk.eyJ1Ijoi{an:50}', 'pk.eyJ1Ijoi{an:10}.{an:22}'],
  }),
  contextual({
    id: 'mapbox-api-token',
    description: 'Mapbox access token next to a Mapbox name',
    secretType: 'Mapbox Access Token',
    provider: 'mapbox',
    keywords: ['mapbox'],
    name: 'mapbox',
    value: '[pst]k\\.[A-Za-z0-9_-]{40,300}\\.[A-Za-z0-9_-]{20,30}',
    after: '(?![A-Za-z0-9_.-])',
    minEntropy: 3.5,
    positive: ['MAPBOX_ACCESS_TOKEN=pk.{lan:60}.{lan:22}', 'mapbox_token: "sk.{an:70}.{an:22}"'],
    negative: ['MAPBOX_REF=pk.{lan:20}.{lan:22}', 'MAPBOX_STYLE=mapbox.{lan:60}.{lan:22}'],
  }),
];
