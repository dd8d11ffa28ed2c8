import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Where and as whom to reach Secrets Manager, resolved from options and an environment. */
export interface MigrateClientOptions {
  readonly region?: string;
  readonly endpoint?: string;
  /** Static keys; without them the SDK's default chain (profiles, SSO, instance roles). */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
  readonly timeoutMs?: number;
}

/**
 * Reads region, endpoint and static credentials from `env` (the CLI's environment, which tests
 * replace) the way the SDK reads them from `process.env`; explicit options win.
 */
export function clientOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  explicit: { region?: string; endpoint?: string },
): MigrateClientOptions {
  const region = explicit.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const endpoint =
    explicit.endpoint ?? env.AWS_ENDPOINT_URL_SECRETS_MANAGER ?? env.AWS_ENDPOINT_URL;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return {
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey
      ? {
          credentials: {
            accessKeyId,
            secretAccessKey,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
  };
}

/**
 * A Secrets Manager client with the SDK's own retries off (the AwsCaller retries, bounded and
 * counted) and a request timeout that really throws.
 */
export function createMigrateClient(options: MigrateClientOptions): SecretsManagerClient {
  const timeout = options.timeoutMs ?? 10_000;
  return new SecretsManagerClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: { ...options.credentials } } : {}),
    maxAttempts: 1,
    customUserAgent: 'secrets-action',
    requestHandler: {
      requestTimeout: timeout,
      connectionTimeout: timeout,
      throwOnRequestTimeout: true,
    },
  });
}
