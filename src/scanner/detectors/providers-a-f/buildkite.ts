import type { PatternDetector } from '../../types.js';
import { prefixed } from './common.js';

// Buildkite token prefixes: `bkua_` API access tokens (an optional base64 organisation part and
// `.`, then 40 hex), `bkaa_` agent session tokens, `bkar_` agent registration tokens, `bkaj_` agent
// job tokens (a JWT). https://buildkite.com/docs/platform/security/tokens

/** Buildkite API access, agent and job tokens. */
export const buildkiteDetectors: PatternDetector[] = [
  prefixed({
    id: 'buildkite-api-access-token',
    description: 'Buildkite API access token',
    provider: 'buildkite',
    prefix: 'bkua_',
    body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[a-f0-9]{40}',
    minEntropy: 3,
    examples: {
      positive: ['BUILDKITE_API_TOKEN=bkua_MTA.{hex:40}', 'token: "bkua_{hex:40}"'],
      negative: ['bkua_{hex:20}', 'xbkua_{hex:40}'],
    },
  }),
  prefixed({
    id: 'buildkite-agent-token',
    description: 'Buildkite agent session or registration token',
    provider: 'buildkite',
    prefix: 'bka',
    keywords: ['bkaa_', 'bkar_'],
    prefixPattern: 'bka[ar]_',
    body: '(?:[A-Za-z0-9+/=]{2,24}\\.)?[A-Za-z0-9]{40,100}',
    minEntropy: 3.5,
    examples: {
      positive: ['BUILDKITE_AGENT_TOKEN=bkaa_MTA.{an:76}', 'token="bkar_{an:60}"'],
      negative: ['bkaa_{an:20}'],
    },
  }),
  prefixed({
    id: 'buildkite-agent-job-token',
    description: 'Buildkite agent job token',
    provider: 'buildkite',
    prefix: 'bkaj_',
    body: 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,600}',
    examples: {
      positive: ['BUILDKITE_AGENT_ACCESS_TOKEN=bkaj_eyJ{b64u:30}.eyJ{b64u:300}.{b64u:86}'],
      negative: ['bkaj_eyJ{b64u:30}'],
    },
  }),
];
