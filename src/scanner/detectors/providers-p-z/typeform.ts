import type { PatternDetector } from '../../types.js';

// Typeform personal access tokens: `tfp_` then 59 URL-safe characters (https://www.typeform.com/developers/get-started/personal-access-token/).
/** Typeform personal access token. */
export const typeformDetectors: PatternDetector[] = [
  {
    id: 'typeform-api-token',
    description: 'Typeform personal access token',
    secretType: 'Typeform API Token',
    provider: 'typeform',
    strength: 'prefixed',
    keywords: ['tfp_'],
    pattern: '(?<![A-Za-z0-9_.-])(?<secret>tfp_[A-Za-z0-9_=.-]{59})(?![A-Za-z0-9_=.-])',
    examples: {
      positive: ['TYPEFORM_TOKEN=tfp_{an:44}_{an:14}', "typeform_api_token: 'tfp_{b64u:59}'"],
      negative: ['tfp_{an:40}', 'tfp_{an:60}'],
    },
  },
];
