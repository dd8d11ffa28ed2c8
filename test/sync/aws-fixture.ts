/**
 * Starts the local Secrets Manager and points the real SDK at it the way a user would: through
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER`, region and credentials in the environment.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createSecretsManagerClient } from '../../src/sync/index.js';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';

/** A value generated at test time, unique enough to search for in any output. */
export function planted(label = 'pv'): string {
  return `${label}_${randomBytes(18).toString('base64url')}`;
}

/** Registers a server for the test file; `get()` returns it once started. */
export function useSecretsManager(
  options: Parameters<typeof startSecretsManagerServer>[0] = {},
): () => SecretsManagerServer {
  let server: SecretsManagerServer | undefined;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    server = await startSecretsManagerServer(options);
    for (const [key, value] of Object.entries(server.env())) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('server not started');
    return server;
  };
}

/** A client configured only by the environment, with a short timeout for fault tests. */
export function client(timeoutMs = 2_000) {
  return createSecretsManagerClient({ timeoutMs });
}

/** Fast retries so throttling tests take milliseconds. */
export const fastRetry = { attempts: 4, baseDelayMs: 5 };
