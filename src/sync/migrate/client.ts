import type { ClientOptions } from '../aws/client.js';

/**
 * Reads region, endpoint and static credentials from `env` (the CLI's environment, which tests
 * replace) the way the SDK reads them from `process.env`; explicit options win.
 */
export function clientOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  explicit: { region?: string; endpoint?: string },
): ClientOptions {
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
