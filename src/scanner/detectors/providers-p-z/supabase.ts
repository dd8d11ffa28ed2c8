import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Supabase (https://supabase.com/docs/guides/platform/access-tokens,
// https://supabase.com/docs/guides/api/api-keys): personal access tokens are `sbp_` + 40 hex;
// project secret keys are `sb_secret_…` (publishable `sb_publishable_` keys are public, not flagged).
/** Supabase personal access tokens and project secret keys. */
export const supabaseDetectors: PatternDetector[] = [
  {
    id: 'supabase-personal-access-token',
    description: 'Supabase personal access token',
    secretType: 'Supabase Access Token',
    provider: 'supabase',
    strength: 'prefixed',
    keywords: ['sbp_'],
    pattern: prefixedTokenPattern('sbp_', '[a-f0-9]{40}'),
    examples: {
      positive: ['SUPABASE_ACCESS_TOKEN=sbp_{hex:40}', 'supabase login --token "sbp_{hex:40}"'],
      negative: ['sbp_{hex:30}', 'sbp_{hex:40}g'],
    },
  },
  {
    id: 'supabase-secret-key',
    description: 'Supabase project secret API key',
    secretType: 'Supabase Secret Key',
    provider: 'supabase',
    strength: 'prefixed',
    keywords: ['sb_secret_'],
    minEntropy: 3.5,
    pattern: '(?<![A-Za-z0-9_-])(?<secret>sb_secret_[A-Za-z0-9_-]{28,64})(?![A-Za-z0-9_-])',
    examples: {
      positive: [
        'SUPABASE_SECRET_KEY=sb_secret_{b64u:22}_{an:8}',
        "createClient(url, 'sb_secret_{an:31}')",
      ],
      negative: ['sb_secret_{an:10}', 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_{an:31}'],
    },
  },
];
