import type { PatternDetector } from '../../types.js';
import { contextual, nameWord, prefixed } from './shared.js';

// Lob API keys (docs.lob.com/#section/Authentication): secret keys `live_` / `test_` + 35 hex,
// publishable keys `live_pub_` / `test_pub_` + 31 hex.

/** Lob secret and publishable API keys. */
export const lobDetectors: PatternDetector[] = [
  contextual({
    id: 'lob-api-key',
    description: 'Lob secret API key',
    secretType: 'Lob API Key',
    provider: 'lob',
    keywords: [],
    // 'lob' alone hits every `global` and `blob`: the key's own shape picks the lines.
    trigger: 'live_[a-f0-9]{35}|test_[a-f0-9]{35}',
    name: nameWord('lob'),
    value: '(?:live|test)_[a-f0-9]{35}',
    caseSensitive: true,
    positive: ['LOB_API_KEY=live_{hex:35}', "lobToken: 'test_{hex:35}'"],
    negative: ['LOB_REF=live_{hex:20}', 'global_ref = "live_{hex:35}"'],
  }),
  prefixed({
    id: 'lob-pub-api-key',
    description: 'Lob publishable API key',
    secretType: 'Lob Publishable Key',
    provider: 'lob',
    keywords: ['live_pub_', 'test_pub_'],
    prefix: '(?:live|test)_pub_',
    body: '[a-f0-9]{31}',
    positive: ['LOB_PUBLISHABLE_KEY=live_pub_{hex:31}', 'const lob = Lob("test_pub_{hex:31}");'],
    negative: ['live_pub_{hex:20}', 'test_pub_{hex:31}{l:2}'],
  }),
];
