import type { PatternDetector } from '../../types.js';

// Riot Games API keys: `RGAPI-` followed by a UUID (https://developer.riotgames.com/docs/portal).
/** Riot Games developer or production API key. */
export const riotgamesDetectors: PatternDetector[] = [
  {
    id: 'riotgames-api-key',
    description: 'Riot Games API key',
    secretType: 'Riot Games API Key',
    provider: 'riotgames',
    strength: 'prefixed',
    keywords: ['rgapi-'],
    pattern:
      '(?<![A-Za-z0-9_])(?<secret>RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'RIOT_API_KEY=RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
        "headers = {'X-Riot-Token': 'RGAPI-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}'}",
      ],
      negative: [
        'RGAPI-{hex:8}-{hex:4}',
        'RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      ],
    },
  },
];
