import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// User access tokens: `hf_` + 34 letters (huggingface.co/docs/hub/security-tokens); legacy
// organization API tokens: `api_org_` + 34 letters.

/** Hugging Face user access tokens and organization API tokens. */
export const huggingfaceDetectors: PatternDetector[] = [
  prefixed({
    id: 'huggingface-access-token',
    description: 'Hugging Face user access token',
    secretType: 'Hugging Face Token',
    provider: 'huggingface',
    keywords: ['hf_'],
    prefix: 'hf_',
    body: '[A-Za-z]{34}',
    positive: ['HF_TOKEN=hf_{a:34}', 'huggingface-cli login --token hf_{a:34}'],
    negative: ['hf_{a:20}', 'rhf_{a:34}', 'hf_{a:40}'],
  }),
  prefixed({
    id: 'huggingface-organization-api-token',
    description: 'Hugging Face organization API token (legacy)',
    secretType: 'Hugging Face Token',
    provider: 'huggingface',
    keywords: ['api_org_'],
    prefix: 'api_org_',
    body: '[A-Za-z]{34}',
    positive: ['HUGGINGFACEHUB_API_TOKEN=api_org_{a:34}', "use_auth_token='api_org_{a:34}'"],
    negative: ['api_org_{a:20}', 'def _api_org_{hex:8}_{hex:4}(self):'],
  }),
];
