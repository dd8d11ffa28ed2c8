import type { PatternDetector } from '../../types.js';
import { contextual } from './common.js';

// Datadog API keys are 32 hex characters, application keys 40.
// https://docs.datadoghq.com/account_management/api-app-keys/

/** Datadog API and application keys next to a Datadog name. */
export const datadogDetectors: PatternDetector[] = [
  contextual({
    id: 'datadog-access-token',
    description: 'Datadog application key',
    provider: 'datadog',
    names: ['datadog', 'dd_app', 'dd_application'],
    value: '[a-z0-9]{40}',
    minEntropy: 3.2,
    examples: {
      positive: ['DD_APP_KEY={hex:40}', 'datadogApplicationKey: "{lan:40}"'],
      negative: ['DATADOG_APP={hex:39}', 'datadog_site: "datadoghq.eu"'],
    },
  }),
  contextual({
    id: 'datadog-api-key',
    description: 'Datadog API key',
    provider: 'datadog',
    names: ['datadog', 'dd_api'],
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    examples: {
      positive: ['DD_API_KEY={hex:32}', 'datadog_api_key: "{hex:32}"'],
      negative: ['DATADOG_API={hex:33}', 'datadog_service: "{l:12}"'],
    },
  }),
];
