import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Drone CI personal tokens: 32 base62 characters, used as `DRONE_TOKEN`.
// https://docs.drone.io/cli/setup/

/** Drone CI access tokens next to a Drone name. */
export const droneciDetectors: PatternDetector[] = [
  contextual({
    id: 'droneci-access-token',
    description: 'Drone CI access token',
    provider: 'droneci',
    names: ['drone'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.3,
    examples: {
      positive: ['export DRONE_TOKEN={an:32}', 'droneciToken: "{lan:32}"'],
      negative: ['DRONE_USER={an:31}', 'DRONE_SERVER=https://drone.{l:8}.com'],
    },
  }),
];
