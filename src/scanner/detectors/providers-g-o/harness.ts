import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Harness API keys (developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys):
// `pat.` (personal) or `sat.` (service account), then account id, token id and secret, dot-separated.

/** Harness personal and service account API tokens. */
export const harnessDetectors: PatternDetector[] = [
  prefixed({
    id: 'harness-api-key',
    description: 'Harness personal access or service account token',
    secretType: 'Harness API Key',
    provider: 'harness',
    keywords: ['pat.', 'sat.'],
    prefix: '(?:pat|sat)\\.',
    body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}',
    pattern:
      '(?<![A-Za-z0-9_.-])(?<secret>(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])',
    positive: [
      'HARNESS_API_KEY=pat.{an:22}.{hex:24}.{an:20}',
      'x-api-key: "sat.{an:22}.{hex:24}.{an:20}"',
    ],
    negative: ['pat.{an:22}.{hex:24}', 'pat.{an:22}.{hex:24}.{an:10}'],
  }),
];
