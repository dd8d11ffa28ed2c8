import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Twitch client secrets and OAuth tokens are 30 lower-case alphanumerics (https://dev.twitch.tv/docs/authentication/).
/** Twitch client secret or OAuth token, recognised by its variable name. */
export const twitchDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'twitch-api-token',
    description: 'Twitch client secret or OAuth token',
    provider: 'twitch',
    name: anyCase('twitch'),
    value: '(?:oauth:)?[a-z0-9]{30}',
    keywords: ['twitch'],
    minEntropy: 3,
    positive: ['TWITCH_CLIENT_SECRET={lan:30}', 'twitch_token: "oauth:{lan:30}"'],
    negative: ['twitch_ref: {lan:24}', 'TWITCH_CHANNEL=somechannel'],
  }),
];
