import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSecretsManagerServer, type SecretsManagerServer } from './secrets-manager-server.js';

/**
 * One local Secrets Manager for the calling test file: started before its tests (handed to
 * `receive`), its faults and call counts cleared before each test, closed after them all.
 */
export function useSecretsManagerServer(receive: (server: SecretsManagerServer) => void): void {
  let server: SecretsManagerServer | undefined;
  beforeAll(async () => {
    server = await startSecretsManagerServer();
    receive(server);
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.faults.clear();
    server?.resetCalls();
  });
}
