import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Travis CI API tokens are 22 alphanumerics with no prefix (https://docs.travis-ci.com/user/triggering-builds/).
/** Travis CI API token, recognised by its variable name. */
export const travisciDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'travisci-access-token',
    description: 'Travis CI API token',
    provider: 'travisci',
    name: anyCase('travis'),
    value: '[A-Za-z0-9]{22}',
    keywords: ['travis'],
    minEntropy: 3,
    positive: ['TRAVIS_API_TOKEN={an:22}', 'travis_token: "{lan:22}"'],
    negative: ['travis_ref: {an:16}', 'TRAVIS_BRANCH=master'],
  }),
];
