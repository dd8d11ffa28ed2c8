import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// MaxMind license keys (dev.maxmind.com/license-key): since 2024, 6 + `_` + 29 alphanumerics
// then the `_mmk` suffix, 40 characters in all.

/** MaxMind GeoIP license keys. */
export const maxmindDetectors: PatternDetector[] = [
  prefixed({
    id: 'maxmind-license-key',
    description: 'MaxMind license key',
    secretType: 'MaxMind License Key',
    provider: 'maxmind',
    keywords: ['_mmk'],
    prefix: '',
    body: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
    positive: ['MAXMIND_LICENSE_KEY={an:6}_{an:29}_mmk', 'LicenseKey {an:6}_{an:29}_mmk'],
    negative: ['{an:6}_{an:20}_mmk', '{an:6}_{an:29}_mmkx'],
  }),
];
