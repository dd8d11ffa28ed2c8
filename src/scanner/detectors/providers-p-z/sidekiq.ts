import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Sidekiq Pro/Enterprise gem server credentials are `<8 hex>:<8 hex>`, given to Bundler as
// BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or inside the source URL
// (Sidekiq Pro/Enterprise installation notes in the Sidekiq wiki).
/** Sidekiq Pro/Enterprise license credentials, as a Bundler variable or inside a gem source URL. */
export const sidekiqDetectors: PatternDetector[] = [
  contextualDetector({
    id: 'sidekiq-secret',
    description: 'Sidekiq Pro/Enterprise license credentials',
    provider: 'sidekiq',
    name: `${anyCase('bundle_')}(?:${anyCase('enterprise')}|${anyCase('gems')})${anyCase('__contribsys__com')}`,
    value: '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}',
    keywords: ['contribsys'],
    positive: [
      'export BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}:{hex:8}',
      'BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "{hex:8}:{hex:8}"',
    ],
    negative: [
      'BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}',
      'BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
    ],
  }),
  {
    // Anchored on the provider's own host, so it ranks with prefixed detectors and wins over the
    // generic URL-credentials detector on the same span.
    id: 'sidekiq-sensitive-url',
    description: 'Sidekiq Pro/Enterprise gem source URL with credentials',
    secretType: 'Sidekiq Secret',
    provider: 'sidekiq',
    strength: 'prefixed',
    keywords: ['contribsys.com'],
    pattern:
      '(?<![A-Za-z0-9_])https?://(?<secret>[a-fA-F0-9]{8}:[a-fA-F0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])',
    flags: 'i',
    examples: {
      positive: [
        "source 'https://{hex:8}:{hex:8}@gems.contribsys.com/' do",
        'SIDEKIQ_URL=http://{hex:8}:{hex:8}@enterprise.contribsys.com:80/path',
      ],
      negative: [
        "source 'https://gems.contribsys.com/' do",
        'https://{hex:8}@gems.contribsys.com/',
      ],
    },
  },
];
