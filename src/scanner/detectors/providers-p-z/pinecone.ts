import type { PatternDetector } from '../../types.js';
import { anyCase, contextualDetector } from './helpers.js';

// Pinecone API keys (https://docs.pinecone.io/guides/projects/manage-api-keys): current keys start
// with `pcsk_` (a short key id, `_`, then the secret); older keys were UUIDs.
/** Pinecone API keys, prefixed or legacy UUID assigned to a pinecone name. */
export const pineconeDetectors: PatternDetector[] = [
  {
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    secretType: 'Pinecone API Key',
    provider: 'pinecone',
    strength: 'prefixed',
    keywords: ['pcsk_'],
    minEntropy: 3.5,
    pattern:
      '(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,12}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'PINECONE_API_KEY=pcsk_{an:6}_{an:63}',
        'pc = Pinecone(api_key="pcsk_{an:5}_{an:64}")',
      ],
      negative: ['pcsk_{an:6}', 'pcsk_{an:6}_{an:20}'],
    },
  },
  contextualDetector({
    id: 'pinecone-legacy-api-key',
    description: 'Pinecone API key (legacy UUID format)',
    secretType: 'Pinecone API Key',
    provider: 'pinecone',
    name: anyCase('pinecone'),
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    after: '(?![A-Za-z0-9_-])',
    keywords: ['pinecone'],
    positive: [
      'PINECONE_API_KEY={hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'pinecone:\n  pinecone_api_key: "{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
    ],
    negative: ['PINECONE_ENVIRONMENT=us-west1-gcp', 'PINECONE_INDEX=docs-{hex:8}'],
  }),
];
