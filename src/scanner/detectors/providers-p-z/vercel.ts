import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Vercel credentials carry a type prefix since 2025 (https://vercel.com/changelog/new-token-formats-and-secret-scanning):
// `vcp_` personal access token, `vci_` integration token, `vca_` app access token, `vcr_` app
// refresh token, `vck_` API key.
/** Vercel access tokens and API keys in the prefixed format. */
export const vercelDetectors: PatternDetector[] = [
  {
    id: 'vercel-token',
    description: 'Vercel access token or API key',
    secretType: 'Vercel Token',
    provider: 'vercel',
    strength: 'prefixed',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    minEntropy: 3.5,
    pattern: prefixedTokenPattern('vc[pirak]_', '[A-Za-z0-9]{24,80}'),
    examples: {
      positive: ['VERCEL_TOKEN=vcp_{an:56}', 'vercel deploy --token "vck_{an:40}"'],
      negative: ['vcp_{an:12}', 'vcx_{an:56}'],
    },
  },
];
