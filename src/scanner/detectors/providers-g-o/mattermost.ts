import type { PatternDetector } from '../../types.js';
import { contextual } from './shared.js';

// Mattermost personal access / bot tokens (developers.mattermost.com): 26 lower-case alphanumerics.

/** Mattermost access tokens, recognised by the variable they are assigned to. */
export const mattermostDetectors: PatternDetector[] = [
  contextual({
    id: 'mattermost-access-token',
    description: 'Mattermost personal access or bot token',
    secretType: 'Mattermost Access Token',
    provider: 'mattermost',
    keywords: ['mattermost'],
    name: 'mattermost',
    value: '[a-z0-9]{26}',
    minEntropy: 3,
    positive: ['MATTERMOST_TOKEN={lan:26}', 'mattermost_bot_token: "{lan:26}"'],
    negative: ['MATTERMOST_REF={lan:20}', 'MATTERMOST_TEAM={l:5}'],
  }),
];
