import type { Detector } from '../../types.js';
import { contextual, triggered } from './common.js';

// Graph API tokens: user and page access tokens start with `EAA`; an app access token is
// `<app id>|<token>` (or `<app id>|<app secret>`); app secrets are 32 hex characters.
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens/

/** Facebook (Meta) Graph API access tokens and app secrets. */
export const facebookDetectors: Detector[] = [
  triggered({
    id: 'facebook-page-access-token',
    description: 'Facebook user or page access token',
    secretType: 'Facebook access token',
    provider: 'facebook',
    strength: 'prefixed',
    trigger: 'EAA[A-Za-z0-9]{90}',
    minEntropy: 4,
    pattern: '(?<![A-Za-z0-9_+/-])(?<secret>EAA[A-Za-z0-9]{90,500})(?![A-Za-z0-9_+/=-])',
    examples: {
      positive: ['FACEBOOK_ACCESS_TOKEN=EAAB{an:180}', 'page_token: "EAAG{an:120}"'],
      negative: ['EAAB{an:40}', 'checksum: eaac{hex:124}'],
    },
  }),
  {
    id: 'facebook-access-token',
    description: 'Facebook app access token',
    secretType: 'Facebook access token',
    provider: 'facebook',
    strength: 'contextual',
    // `|` is everywhere in code: the token is looked for only where Facebook or an access token is named.
    keywords: [
      'facebook',
      'access_token',
      'access-token',
      'accesstoken',
      'fb_',
      'app_token',
      'apptoken',
    ],
    minEntropy: 3.5,
    pattern:
      '(?<![A-Za-z0-9_|])(?<secret>[0-9]{15,16}\\|(?:[A-Za-z0-9_-]{27}|[a-f0-9]{32}))(?![A-Za-z0-9_|-])',
    examples: {
      positive: [
        '{"access_token":"{d:15}|{b64u:27}","token_type":"bearer"}',
        'FB_APP_TOKEN={d:16}|{hex:32}',
      ],
      negative: ['FB_APP_TOKEN={d:15}|{b64u:20}', '| {d:15} | {an:27} |'],
    },
  },
  contextual({
    id: 'facebook-secret',
    description: 'Facebook app secret',
    provider: 'facebook',
    names: ['facebook', 'fb_app', 'fb_secret', 'fb_client'],
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    examples: {
      positive: ['FACEBOOK_APP_SECRET={hex:32}', 'fb_app_secret: "{hex:32}"'],
      negative: ['FACEBOOK_APP_ID={d:15}', 'FACEBOOK_APP={hex:31}'],
    },
  }),
];
