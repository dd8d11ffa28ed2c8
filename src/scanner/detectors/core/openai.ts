import type { PatternDetector } from '../../types.js';

// API keys: https://platform.openai.com/docs/api-reference/authentication — `sk-`, an optional
// kind (`proj-`, `svcacct-`, `admin-`), then base64url text around the marker `T3BlbkFJ`
// (base64 of "openai"): 20 characters on each side in user keys, about 74 in project keys.

/** OpenAI user, project, service-account and admin API keys. */
export const openaiDetectors: PatternDetector[] = [
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    secretType: 'OpenAI Token',
    provider: 'openai',
    strength: 'prefixed',
    keywords: ['t3blbkfj'],
    // detect-secrets stops 20 alphanumerics after the marker and hashes that much; when a `-` or
    // `_` comes sooner it does not match at all, and the second branch (no `hashed`) applies.
    pattern:
      '(?<![A-Za-z0-9_-])(?<secret>(?<hashed>sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9]{20})[A-Za-z0-9_-]{0,200}|sk-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'OPENAI_API_KEY=sk-{an:20}T3BlbkFJ{an:20}',
        'client = OpenAI(api_key="sk-proj-{an:74}T3BlbkFJ{an:74}")',
        '  "openai_api_key": "sk-svcacct-{an:74}T3BlbkFJ{an:5}-{b64u:68}"',
      ],
      negative: [
        'sk-{an:20}T3BlbkFJ{an:10}',
        'sk-{an:10}T3BlbkFJ{an:20}',
        'ask-{an:20}T3BlbkFJ{an:20}',
      ],
    },
  },
];
