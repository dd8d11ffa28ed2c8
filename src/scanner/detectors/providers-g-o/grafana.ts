import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Grafana API keys are base64 JSON starting `{"k":"` (eyJrIjoi); Grafana Cloud access policy
// tokens start `glc_` (base64 JSON); service account tokens are `glsa_` + 32 + `_` + 8 hex
// checksum (grafana.com/docs/grafana/latest/administration/service-accounts/).

/** Grafana API keys, Grafana Cloud tokens and Grafana service account tokens. */
export const grafanaDetectors: PatternDetector[] = [
  prefixed({
    id: 'grafana-api-key',
    description: 'Grafana API key (legacy)',
    secretType: 'Grafana API Key',
    provider: 'grafana',
    keywords: ['eyjrijoi'],
    prefix: 'eyJrIjoi',
    body: '',
    pattern:
      '(?<![A-Za-z0-9_+/-])(?<secret>eyJrIjoi[A-Za-z0-9+/]{70,400}={0,2})(?![A-Za-z0-9_+/=-])',
    positive: ['GRAFANA_API_KEY=eyJrIjoi{b64:80}', 'grafana:\n  api_key: "eyJrIjoi{an:92}=="'],
    negative: ['eyJrIjoi{an:40}', 'x.eyJrIjoi{an:80}-y'],
  }),
  prefixed({
    id: 'grafana-cloud-api-token',
    description: 'Grafana Cloud access policy token',
    secretType: 'Grafana Cloud Token',
    provider: 'grafana',
    keywords: ['glc_'],
    prefix: 'glc_',
    body: '',
    pattern: '(?<![A-Za-z0-9_+/-])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=-])',
    positive: ['GRAFANA_CLOUD_TOKEN=glc_{b64:120}==', 'loki:\n  password: glc_{lan:32}'],
    negative: ['glc_{an:20}', 'GLC_CreateLightmapTextureArray(void);'],
  }),
  prefixed({
    id: 'grafana-service-account-token',
    description: 'Grafana service account token',
    secretType: 'Grafana Service Account Token',
    provider: 'grafana',
    keywords: ['glsa_'],
    prefix: 'glsa_',
    body: '[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}',
    positive: [
      'GRAFANA_TOKEN=glsa_{an:32}_{hex:8}',
      "'Authorization': 'Bearer glsa_{an:32}_{hex:8}'",
    ],
    negative: ['glsa_{an:32}', 'glsa_{an:32}_{l:8}'],
  }),
];
