import type { PatternDetector } from '../../types.js';
import { assignedSecretPattern } from '../patterns.js';

/** Cloud credentials that detect-secrets reports under their own type names (IBM, Azure). */
export const cloudCredentialDetectors: PatternDetector[] = [
  // Azure storage account keys are 64 random bytes, base64 (88 characters) after `AccountKey=` in
  // connection strings: https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
  {
    id: 'azure-storage-key',
    description: 'Azure storage account key in a connection string',
    secretType: 'Azure Storage Account access key',
    provider: 'azure',
    strength: 'contextual',
    keywords: ['accountkey='],
    pattern: '(?<hashed>AccountKey=(?<secret>[A-Za-z0-9+/]{86}==))(?![A-Za-z0-9+/=])',
    flags: 'i',
    examples: {
      positive: [
        'AZURE_STORAGE="DefaultEndpointsProtocol=https;AccountName=app;AccountKey={b64:86}==;EndpointSuffix=core.windows.net"',
        'connection: DefaultEndpointsProtocol=https;AccountName=logs;AccountKey={b64:86}==',
      ],
      negative: ['AccountKey=<your-account-key>'],
    },
  },
  // IBM Cloud IAM API keys: 44 characters of base64url, assigned to an ibm/iam name.
  // https://cloud.ibm.com/docs/account?topic=account-manapikey
  {
    id: 'ibm-cloud-iam-key',
    description: 'IBM Cloud IAM API key',
    secretType: 'IBM Cloud IAM Key',
    provider: 'ibm',
    strength: 'contextual',
    keywords: ['ibm_', 'ibm-', 'ibm.', 'iam_', 'iam-', 'ibmcloud', 'iamapikey', 'iam.'],
    contextLines: 1,
    minEntropy: 4,
    pattern: assignedSecretPattern(
      '(?:ibm|iam)[\\w.-]{0,30}(?:key|token|pass|pwd)',
      '[A-Za-z0-9_-]{44}',
      '(?![A-Za-z0-9_-])',
    ),
    flags: 'i',
    examples: {
      positive: ['IBM_CLOUD_API_KEY={an:20}_{an:23}', 'iam_apikey: "{an:22}-{an:21}"'],
      negative: ['IBM_CLOUD_API_KEY=${IBM_KEY}'],
    },
  },
  // IBM Cloud Object Storage HMAC credentials: a 48-hex-digit secret access key.
  // https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main
  {
    id: 'ibm-cos-hmac',
    description: 'IBM Cloud Object Storage HMAC secret access key',
    secretType: 'IBM COS HMAC Credentials',
    provider: 'ibm',
    strength: 'contextual',
    keywords: ['secret_access_key', 'secret-access-key', 'secretaccesskey'],
    contextLines: 1,
    minEntropy: 3,
    pattern: assignedSecretPattern('secret[_-]?access[_-]?key', '[a-f0-9]{48}', '(?![A-Za-z0-9_])'),
    flags: 'i',
    examples: {
      positive: ['COS_HMAC_SECRET_ACCESS_KEY={hex:48}', '"secret_access_key": "{hex:48}"'],
      negative: ['secret_access_key = "${COS_SECRET}"'],
    },
  },
  // SoftLayer (IBM Classic Infrastructure) API keys: 64 lower-case hex/alphanumeric characters.
  // https://cloud.ibm.com/docs/account?topic=account-classic_keys
  {
    id: 'softlayer-api-key',
    description: 'SoftLayer API key',
    secretType: 'SoftLayer Credentials',
    provider: 'softlayer',
    strength: 'contextual',
    keywords: ['softlayer', 'sl_', 'sl-'],
    contextLines: 1,
    minEntropy: 3.5,
    pattern: assignedSecretPattern(
      'softlayer|(?<![A-Za-z0-9])sl[_-]',
      '[a-z0-9]{64}',
      '(?![A-Za-z0-9_])',
    ),
    flags: 'i',
    examples: {
      positive: ['SOFTLAYER_API_KEY={lan:64}', 'sl_api_key: "{lan:64}"'],
      negative: ['SOFTLAYER_API_KEY=$SL_KEY'],
    },
  },
  {
    id: 'softlayer-api-url',
    description: 'SoftLayer API key in an API URL',
    secretType: 'SoftLayer Credentials',
    provider: 'softlayer',
    strength: 'contextual',
    keywords: ['api.softlayer.com'],
    pattern:
      'api\\.softlayer\\.com/(?:soap|rest)/v3(?:\\.1)?/(?<secret>[a-z0-9]{64})(?![A-Za-z0-9])',
    flags: 'i',
    examples: {
      positive: [
        'endpoint = "https://api.softlayer.com/soap/v3.1/{lan:64}"',
        'curl https://api.softlayer.com/rest/v3/{lan:64}',
      ],
      negative: ['https://api.softlayer.com/rest/v3/SoftLayer_Account'],
    },
  },
  // Cloudant legacy credentials: a 64-hex password or a 24-letter API key next to a cloudant name.
  // https://cloud.ibm.com/docs/Cloudant?topic=Cloudant-managing-access-for-cloudant
  {
    id: 'cloudant-password',
    description: 'IBM Cloudant password or legacy API key',
    secretType: 'Cloudant Credentials',
    provider: 'ibm',
    strength: 'contextual',
    keywords: ['cloudant'],
    contextLines: 1,
    minEntropy: 3,
    pattern: assignedSecretPattern('cloudant', '[0-9a-f]{64}|[a-z]{24}', '(?![A-Za-z0-9_])'),
    flags: 'i',
    examples: {
      positive: ['CLOUDANT_PASSWORD={hex:64}', 'cloudant_api_key: "{l:24}"'],
      negative: ['CLOUDANT_PASSWORD=${CLOUDANT_PW}', 'cloudant_database: "{l:10}"'],
    },
  },
];
