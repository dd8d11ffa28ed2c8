import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Cisco Meraki Dashboard API keys: 40 lower-case hex characters.
// https://developer.cisco.com/meraki/api-v1/authorization/

/** Cisco Meraki Dashboard API keys next to a Meraki name. */
export const ciscoDetectors: PatternDetector[] = [
  contextual({
    id: 'cisco-meraki-api-key',
    description: 'Cisco Meraki Dashboard API key',
    provider: 'cisco',
    names: ['meraki'],
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    examples: {
      positive: ['MERAKI_DASHBOARD_API_KEY={hex:40}', 'merakiApiKey: "{hex:40}"'],
      negative: ['MERAKI_DASHBOARD={hex:40}{hex:24}', 'cameraKit: {hex:40}'],
    },
  }),
];
