import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** How to reach Secrets Manager; everything else comes from the SDK's default chain. */
export interface ClientOptions {
  /** AWS region; default: the SDK's chain (`AWS_REGION`, `AWS_DEFAULT_REGION`, profile). */
  readonly region?: string;
  /**
   * An endpoint URL (VPC endpoint, LocalStack). Default: the SDK's chain, which honours
   * `AWS_ENDPOINT_URL_SECRETS_MANAGER` and `AWS_ENDPOINT_URL`.
   */
  readonly endpoint?: string;
  /** Per-request timeout in milliseconds (default 10,000). */
  readonly timeoutMs?: number;
  /** Static keys; without them the SDK's default chain (environment, profiles, SSO, roles). */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
}

/**
 * A Secrets Manager client whose own retries are off: `fetchSecrets` retries throttled and
 * timed-out calls itself, so the attempts are bounded in one place and counted.
 */
export function createSecretsManagerClient(options: ClientOptions = {}): SecretsManagerClient {
  const timeout = options.timeoutMs ?? 10_000;
  return new SecretsManagerClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
    maxAttempts: 1,
    customUserAgent: 'secrets-action',
    // Without throwOnRequestTimeout the handler only logs a warning and waits on.
    requestHandler: {
      requestTimeout: timeout,
      connectionTimeout: timeout,
      throwOnRequestTimeout: true,
    },
  });
}
