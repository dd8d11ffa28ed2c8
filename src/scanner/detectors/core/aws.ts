import type { PatternDetector } from '../../types.js';
import { assignedSecretPattern } from '../patterns.js';

// Access key ids: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// A four-character prefix naming the kind (AKIA long-term, ASIA temporary STS, ABIA STS service
// bearer, ACCA context-specific; A3T… in early keys), then 16 characters of base32 (A-Z, 2-7).
// Secret access keys are 40 characters of base64 with no prefix, so they are found by name.
// Bedrock API keys: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html

/** AWS access key ids, secret access keys and Amazon Bedrock API keys. */
export const awsDetectors: PatternDetector[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key id',
    secretType: 'AWS Access Key',
    provider: 'aws',
    strength: 'prefixed',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern:
      '(?<![A-Za-z0-9_])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9_])',
    examples: {
      positive: [
        'AWS_ACCESS_KEY_ID=AKIA{b32:16}',
        '  "aws_access_key_id": "ASIA{b32:16}",',
        'aws_access_key_id = ABIA{b32:16}',
      ],
      negative: ['AKIA{b32:12}', 'TODAYINASIAASACKOFRICEFELLOVER', 'akia{b32:16}'],
    },
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    secretType: 'AWS Access Key',
    provider: 'aws',
    strength: 'contextual',
    keywords: [
      'aws_',
      'aws-',
      'aws.',
      'awssecret',
      'awskey',
      'secret_access_key',
      'secretaccesskey',
      'secret-access-key',
    ],
    contextLines: 1,
    minEntropy: 4,
    pattern: assignedSecretPattern(
      'aws|secret_?access_?key',
      '[A-Za-z0-9/+]{40}',
      '(?![A-Za-z0-9/+=_])',
    ),
    flags: 'i',
    examples: {
      positive: [
        'AWS_SECRET_ACCESS_KEY={an:20}/{an:19}',
        'aws_secret_access_key = {an:40}',
        '  "SecretAccessKey": "{an:18}+{an:21}"',
      ],
      negative: ['aws_region = {an:30}', 'aws_bucket = {an:120}', 'aws_prefix = {an:41}'],
    },
  },
  {
    id: 'aws-bedrock-api-key',
    description: 'Amazon Bedrock long-lived API key',
    secretType: 'Amazon Bedrock API key',
    provider: 'aws',
    strength: 'prefixed',
    keywords: ['absk'],
    // `ABSK` then base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`.
    pattern:
      '(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,300}={0,2})(?![A-Za-z0-9+/=])',
    examples: {
      positive: [
        'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS{an:110}=',
        'bedrock_api_key = "ABSKQmVkcm9ja0FQSUtleS{b64:150}"',
      ],
      negative: ['ABSKQmVkcm9ja0FQSUtleS{an:20}', 'AXSKQmVkcm9ja0FQSUtleS{an:110}='],
    },
  },
  {
    id: 'aws-bedrock-short-term-api-key',
    description: 'Amazon Bedrock short-term API key',
    secretType: 'Amazon Bedrock API key',
    provider: 'aws',
    strength: 'prefixed',
    keywords: ['bedrock-api-key-'],
    // `bedrock-api-key-` then base64 of a presigned `bedrock.amazonaws.com/?Action=…` URL;
    // detect-secrets matches (and hashes) only the fixed start.
    // The literal is split so that this source file does not itself hold a token-shaped string.
    pattern: `(?<![A-Za-z0-9_-])(?<secret>(?<hashed>bedrock-api-key-${'YmVkcm9jay5hbWF6'}b25hd3MuY29t)[A-Za-z0-9+/=]{0,8000})(?![A-Za-z0-9+/=_{-])`,
    examples: {
      positive: [
        'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t{b64:600}',
        'token = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249{an:400}"',
      ],
      negative: [
        'const prefix = "bedrock-api-key-";',
        'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x{an:40}',
      ],
    },
  },
];
