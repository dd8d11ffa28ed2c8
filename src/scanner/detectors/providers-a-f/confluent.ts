import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Confluent Cloud API keys: a 16-character key and a 64-character secret.
// https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html

/** Confluent Cloud API keys and secrets next to a Confluent name. */
export const confluentDetectors: PatternDetector[] = [
  contextual({
    id: 'confluent-access-token',
    description: 'Confluent Cloud API key',
    provider: 'confluent',
    names: ['confluent'],
    value: '[A-Za-z0-9]{16}',
    minEntropy: 3,
    examples: {
      positive: ['CONFLUENT_CLOUD_API_KEY={uan:16}', 'confluentKey: "{lan:16}"'],
      negative: ['CONFLUENT_CLOUD_API={uan:15}', 'confluent_env = "env-{lan:5}"'],
    },
  }),
  contextual({
    id: 'confluent-secret-key',
    description: 'Confluent Cloud API secret',
    provider: 'confluent',
    names: ['confluent'],
    value: '[A-Za-z0-9+/]{64}',
    after: '(?![A-Za-z0-9+/_=-])',
    minEntropy: 3.5,
    examples: {
      positive: ['CONFLUENT_CLOUD_API_SECRET={b64:64}', 'confluentSecret: "{lan:64}"'],
      negative: ['CONFLUENT_CLOUD_API={b64:60}'],
    },
  }),
];
