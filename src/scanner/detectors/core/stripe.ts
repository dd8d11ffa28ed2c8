import type { PatternDetector } from '../../types.js';

// API keys: https://docs.stripe.com/keys — secret `sk_`, restricted `rk_`, then the mode (`live_`
// or `test_`) and at least 24 base62 characters (newer keys carry about 99). Publishable `pk_`
// keys are public and not reported.

/** Stripe live and test secret and restricted keys. */
export const stripeDetectors: PatternDetector[] = [
  {
    id: 'stripe-live-key',
    description: 'Stripe live secret or restricted API key',
    secretType: 'Stripe Access Key',
    provider: 'stripe',
    strength: 'prefixed',
    keywords: ['sk_live_', 'rk_live_', 'sk_prod_', 'rk_prod_'],
    // detect-secrets matches the prefix and exactly 24 characters, so it hashes that much.
    pattern:
      '(?<![A-Za-z0-9_])(?<secret>(?<hashed>[rs]k_live_[A-Za-z0-9]{24})[A-Za-z0-9]{0,230}|[rs]k_prod_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'STRIPE_SECRET_KEY=sk_live_{an:24}',
        "stripe.api_key = 'rk_live_51{an:97}'",
        '  "stripeKey": "sk_live_51{an:97}"',
      ],
      negative: ['sk_live_{an:16}', 'task_live_{an:30}', 'pk_live_{an:30}'],
    },
  },
  {
    id: 'stripe-test-key',
    description: 'Stripe test-mode secret or restricted API key',
    secretType: 'Stripe Access Key',
    provider: 'stripe',
    strength: 'prefixed',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: '(?<![A-Za-z0-9_])(?<secret>[rs]k_test_[A-Za-z0-9]{24,254})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'STRIPE_SECRET_KEY=sk_test_{an:24}',
        'const stripe = new Stripe("rk_test_51{an:97}");',
      ],
      negative: ['nonMatchingToken := "task_test_{lan:30}"', 'sk_test_{an:12}'],
    },
  },
];
