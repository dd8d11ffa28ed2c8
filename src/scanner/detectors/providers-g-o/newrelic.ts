import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './shared.js';

// New Relic keys (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys): user API keys
// `NRAK-` + 27, Insights insert keys `NRII-` + 32, browser keys `NRJS-` + 19 hex, and 64-character
// REST API ids next to a New Relic name.

const newRelicName = 'new[-_.]?relic';

/** New Relic user API keys, insert keys, browser keys and REST API ids. */
export const newRelicDetectors: PatternDetector[] = [
  prefixed({
    id: 'new-relic-user-api-key',
    description: 'New Relic user API key',
    secretType: 'New Relic User API Key',
    provider: 'new-relic',
    keywords: ['nrak-'],
    prefix: 'NRAK-',
    body: '[A-Za-z0-9]{27}',
    positive: ['NEW_RELIC_API_KEY=NRAK-{uan:27}', '"apiKey": "NRAK-{uan:27}"'],
    negative: ['NRAK-{uan:20}', 'NRAK-{uan:29}'],
  }),
  prefixed({
    id: 'new-relic-insert-key',
    description: 'New Relic Insights insert key',
    secretType: 'New Relic Insert Key',
    provider: 'new-relic',
    keywords: ['nrii-'],
    prefix: 'NRII-',
    body: '[A-Za-z0-9_-]{32}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])',
    positive: ['NEW_RELIC_INSERT_KEY=NRII-{b64u:32}', "insert_key: 'NRII-{hex:32}'"],
    negative: ['NRII-{hex:20}', 'NRII-{hex:40}'],
  }),
  prefixed({
    id: 'new-relic-browser-api-token',
    description: 'New Relic browser monitoring key',
    secretType: 'New Relic Browser Key',
    provider: 'new-relic',
    keywords: ['nrjs-'],
    prefix: 'NRJS-',
    body: '[a-f0-9]{19}',
    positive: [
      'NEW_RELIC_BROWSER_KEY=NRJS-{hex:19}',
      'licenseKey:"NRJS-{hex:19}",applicationID:"{d:9}"',
    ],
    negative: ['NRJS-{hex:12}', 'NRJS-{hex:25}'],
  }),
  contextual({
    id: 'new-relic-user-api-id',
    description: 'New Relic REST API id / key (64 characters)',
    secretType: 'New Relic API Key',
    provider: 'new-relic',
    keywords: ['newrelic', 'new-relic', 'new_relic', 'new.relic'],
    name: newRelicName,
    value: '[A-Za-z0-9]{64}',
    minEntropy: 3.5,
    positive: ['NEW_RELIC_REST_KEY={lan:64}', 'newrelic_api_id: "{an:64}"'],
    negative: ['NEW_RELIC_REF={lan:50}', 'NEW_RELIC_REF={lan:70}'],
  }),
];
