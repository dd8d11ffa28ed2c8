import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// X / Twitter credentials (https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret):
// API key 25 and API secret 50 alphanumerics; access token `<numeric user id>-<alphanumerics>`,
// access token secret 45 alphanumerics; app-only bearer tokens start with a run of `A`s.
const twitter = anyCase('twitter');

/** X / Twitter API keys, secrets, access tokens and bearer tokens. */
export const twitterDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'twitter-api-key',
    description: 'X / Twitter API key (consumer key)',
    provider: 'twitter',
    name: twitter,
    value: '[A-Za-z0-9]{25}',
    keywords: ['twitter'],
    minEntropy: 3,
    positive: ['TWITTER_API_KEY={an:25}', 'twitter_consumer_key: "{lan:25}"'],
    negative: ['twitter_ref: {an:20}', 'TWITTER_HANDLE=jack'],
  }),
  contextualDetector({
    id: 'twitter-api-secret',
    description: 'X / Twitter API secret (consumer secret)',
    provider: 'twitter',
    name: twitter,
    value: '[A-Za-z0-9]{50}',
    keywords: ['twitter'],
    minEntropy: 3,
    positive: ['TWITTER_API_SECRET={an:50}', 'TWITTER_CONSUMER_SECRET="{an:50}"'],
    negative: ['twitter_ref: {an:49}'],
  }),
  contextualDetector({
    id: 'twitter-access-token',
    description: 'X / Twitter user access token',
    provider: 'twitter',
    name: twitter,
    value: '[0-9]{6,25}-[A-Za-z0-9]{20,50}',
    keywords: ['twitter'],
    minEntropy: 3,
    positive: ['TWITTER_ACCESS_TOKEN={d:18}-{an:31}', 'twitter_access_token: "{d:10}-{an:40}"'],
    negative: ['TWITTER_ACCESS_TOKEN={d:18}', 'twitter_ref: {d:18}-{an:10}'],
  }),
  contextualDetector({
    id: 'twitter-access-secret',
    description: 'X / Twitter access token secret',
    provider: 'twitter',
    name: twitter,
    value: '[A-Za-z0-9]{45}',
    keywords: ['twitter'],
    minEntropy: 3,
    positive: ['TWITTER_ACCESS_TOKEN_SECRET={an:45}', "twitterAccessSecret = '{lan:45}'"],
    negative: ['twitter_ref: {an:44}'],
  }),
  {
    // The reported secret starts after the leading run of `A`s: the built-in repeated-character
    // filter would otherwise drop every bearer token. Found on its own, without a name.
    id: 'twitter-bearer-token',
    description: 'X / Twitter app-only bearer token',
    secretType: 'Twitter Bearer Token',
    provider: 'twitter',
    strength: 'prefixed',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    pattern: '(?<![A-Za-z0-9%])A{20,24}(?<secret>[B-Za-z0-9%][A-Za-z0-9%]{69,120})(?![A-Za-z0-9%])',
    examples: {
      positive: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{d:9}%2B{an:30}%3D{an:50}',
        'bearer_token: "AAAAAAAAAAAAAAAAAAAAAF{an:20}%2F{an:50}"',
      ],
      negative: [
        'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{an:20}',
        'xAAAAAAAAAAAAAAAAAAAAA{d:9}{an:80}',
      ],
    },
  },
];
