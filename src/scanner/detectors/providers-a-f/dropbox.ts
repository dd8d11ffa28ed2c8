import type { PatternDetector } from '../../types.js';
import { contextual, prefixed } from './common.js';

// Dropbox short-lived OAuth access tokens start with `sl.` (newer ones `sl.u.`); app keys and
// secrets are 15 lower-case base36 characters. https://developers.dropbox.com/oauth-guide

/** Dropbox access tokens and app keys or secrets. */
export const dropboxDetectors: PatternDetector[] = [
  prefixed({
    id: 'dropbox-short-lived-access-token',
    description: 'Dropbox short-lived access token',
    provider: 'dropbox',
    prefix: 'sl.',
    prefixPattern: 'sl\\.(?:u\\.)?',
    body: '[A-Za-z0-9_-]{130,1400}',
    minEntropy: 4,
    examples: {
      positive: ['DROPBOX_ACCESS_TOKEN=sl.{b64u:140}', 'token: "sl.u.{an:300}"'],
      negative: ['sl.{b64u:60}'],
    },
  }),
  contextual({
    id: 'dropbox-api-token',
    description: 'Dropbox app key or secret',
    provider: 'dropbox',
    names: ['dropbox'],
    value: '[a-z0-9]{15}',
    // Fifteen random characters can repeat a few (3.0 bits rejects about one key in twenty).
    minEntropy: 2.6,
    examples: {
      positive: ['DROPBOX_APP_KEY={lan:15}', 'dropboxAppSecret: "{lan:15}"'],
      negative: ['DROPBOX_APP={lan:16}', 'dropbox_folder = "/{l:15}"'],
    },
  }),
];
