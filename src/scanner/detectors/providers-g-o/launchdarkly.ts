import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// LaunchDarkly keys (docs.launchdarkly.com/home/account/api): SDK keys `sdk-` + UUID, mobile
// keys `mob-` + UUID, API access tokens `api-` + UUID: 40 characters in all.

/** LaunchDarkly SDK keys, mobile keys and API access tokens, next to a LaunchDarkly name. */
export const launchdarklyDetectors: PatternDetector[] = [
  contextual({
    id: 'launchdarkly-access-token',
    description: 'LaunchDarkly SDK key, mobile key or API access token',
    secretType: 'LaunchDarkly Access Token',
    provider: 'launchdarkly',
    keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly'],
    name: 'launch[-_]?darkly',
    value: '[A-Za-z0-9_=-]{40}',
    after: '(?![A-Za-z0-9_=-])',
    minEntropy: 3.3,
    positive: [
      'LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'launchDarklyToken: "{b64u:40}"',
    ],
    negative: ['LAUNCHDARKLY_SDK_KEY=sdk-{hex:8}-{hex:4}', 'LAUNCHDARKLY_CLIENT_ID={hex:24}'],
  }),
];
