import type { PatternDetector } from '../../types.js';
import { contextual, prefixed, uuid } from './shared.js';

// HubSpot developer/legacy API keys are UUIDs; private app access tokens are `pat-` + hublet
// region (`na1`, `eu1`, ...) + `-` + UUID (developers.hubspot.com/docs/api/private-apps).

/** HubSpot private app tokens and legacy API keys. */
export const hubspotDetectors: PatternDetector[] = [
  contextual({
    id: 'hubspot-api-key',
    description: 'HubSpot API key (legacy UUID format)',
    secretType: 'HubSpot API Key',
    provider: 'hubspot',
    keywords: ['hubspot', 'hapikey'],
    name: 'hubspot|hapikey',
    value: uuid,
    after: '(?![A-Za-z0-9_-])',
    positive: [
      'HUBSPOT_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'hubspot_hapikey: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
    ],
    negative: [
      'HUBSPOT_PORTAL={hex:8}-{hex:4}',
      'hubspot_ref = "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:10}"',
    ],
  }),
  prefixed({
    id: 'hubspot-private-app-token',
    description: 'HubSpot private app access token',
    secretType: 'HubSpot Private App Token',
    provider: 'hubspot',
    keywords: ['pat-na', 'pat-eu', 'pat-ap', 'pat-us'],
    prefix: 'pat-(?:na|eu|ap|us)[0-9]-',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap|us)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
    positive: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'Authorization: Bearer pat-eu1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
    ],
    negative: ['pat-na1-{hex:8}-{hex:4}', 'pat-na1-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-x'],
  }),
];
