import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Infracost API keys (infracost.io/docs): `ico-` + 32 alphanumerics.

/** Infracost API keys. */
export const infracostDetectors: PatternDetector[] = [
  prefixed({
    id: 'infracost-api-token',
    description: 'Infracost API key',
    secretType: 'Infracost API Key',
    provider: 'infracost',
    keywords: ['ico-'],
    prefix: 'ico-',
    body: '[A-Za-z0-9]{32}',
    // Not after a dot, slash or dash: `favicon.ico-<hash>.png` is a file name.
    pattern: '(?<![A-Za-z0-9_./-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_.-])',
    positive: ['INFRACOST_API_KEY=ico-{an:32}', 'secret_value = "ico-{an:32}"'],
    negative: ['ico-{an:20}', 'img src="favicon.ico-{hex:32}.png"'],
  }),
];
