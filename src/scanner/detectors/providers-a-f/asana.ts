import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// OAuth app credentials: a numeric client id (16 digits) and a 32-character client secret;
// personal access tokens look like `1/<user gid>:<32 hex>` or `2/<user gid>/<token gid>:<32 hex>`.
// https://developers.asana.com/docs/oauth, https://developers.asana.com/docs/personal-access-token

/** Asana OAuth client ids and secrets and personal access tokens, next to an Asana name. */
export const asanaDetectors: PatternDetector[] = [
  contextual({
    id: 'asana-client-id',
    description: 'Asana OAuth client id',
    provider: 'asana',
    names: ['asana'],
    value: '[0-9]{16}',
    minEntropy: 2,
    examples: {
      positive: ['ASANA_CLIENT_ID={d:16}', '"asanaClientId": "{d:16}"'],
      negative: ['ASANA_CLIENT_ID={d:12}', 'asana_client_id = {d:16}a'],
    },
  }),
  contextual({
    id: 'asana-client-secret',
    description: 'Asana OAuth client secret',
    provider: 'asana',
    names: ['asana'],
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3.3,
    examples: {
      positive: ['ASANA_CLIENT_SECRET={lan:32}', "asanaSecret: '{an:32}'"],
      negative: ['ASANA_CLIENT={lan:31}', 'asana_workspace = {d:32}'],
    },
  }),
  contextual({
    id: 'asana-personal-access-token',
    description: 'Asana personal access token',
    provider: 'asana',
    names: ['asana'],
    value: '[12]/[0-9]{8,20}(?:/[0-9]{8,20})?:[a-f0-9]{32}',
    examples: {
      positive: ['ASANA_TOKEN=2/{d:16}/{d:16}:{hex:32}', 'asana_pat: "1/{d:13}:{hex:32}"'],
      negative: ['ASANA_PAT=2/{d:16}/{d:16}:{hex:20}'],
    },
  }),
];
