import type { PatternDetector } from '../../types.js';
import { contextual, prefixed, uuid } from './shared.js';

// Heroku API keys were UUIDs; since 2024 new ones start `HRKU-` (devcenter.heroku.com/articles/authentication).

/** Heroku API keys: the prefixed format and the legacy UUID next to a Heroku name. */
export const herokuDetectors: PatternDetector[] = [
  contextual({
    id: 'heroku-api-key',
    description: 'Heroku API key (legacy UUID format)',
    secretType: 'Heroku API Key',
    provider: 'heroku',
    keywords: ['heroku'],
    name: 'heroku',
    value: uuid,
    after: '(?![A-Za-z0-9_-])',
    positive: [
      'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      '"herokuApiKey": "{HEX:8}-{HEX:4}-{HEX:4}-{HEX:4}-{HEX:12}"',
    ],
    negative: [
      'HEROKU_APP_ID={hex:8}-{hex:4}-{hex:4}',
      'HEROKU_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}-{hex:4}',
    ],
  }),
  prefixed({
    id: 'heroku-api-key-v2',
    description: 'Heroku API key',
    secretType: 'Heroku API Key',
    provider: 'heroku',
    keywords: ['hrku-'],
    prefix: 'HRKU-AA',
    body: '[A-Za-z0-9_-]{58}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])',
    positive: ['HEROKU_API_KEY=HRKU-AA{b64u:58}', 'const KEY = "HRKU-AA{an:58}";'],
    negative: ['HRKU-AA{an:30}', 'HRKU-AA{an:70}'],
  }),
];
