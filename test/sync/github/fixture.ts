/**
 * A local GitHub API server seeded with an organization, two repositories and an environment,
 * and the real adapter pointed at it with retries shrunk to milliseconds.
 */
import { randomBytes } from 'node:crypto';
import { createGitHubTargets, type GitHubClientOptions } from '../../../src/sync/github/index.js';
import {
  openApiMissingReason,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../../helpers/github-api-server.js';

/** Why GitHub tests skip here, or undefined when they can run. */
export const skipReason = openApiMissingReason();

/** A started server with `acme/app`, `acme/web`, environment `production` of `acme/app`, org `acme`. */
export async function seededServer(): Promise<GitHubApiServer> {
  const server = await startGitHubApiServer();
  server.addOrg('acme');
  server.addRepo('acme/app');
  server.addRepo('acme/web');
  server.addEnvironment('acme/app', 'production');
  return server;
}

/** The adapter against `server`, retrying after milliseconds instead of seconds. */
export function targetsFor(server: GitHubApiServer, options: Partial<GitHubClientOptions> = {}) {
  return createGitHubTargets({
    token: server.token,
    baseUrl: server.url,
    retryBaseMs: 1,
    ...options,
  });
}

/** A value that looks like nothing real, different on every call, to plant and search for. */
export function plantedValue(label = 'value'): string {
  return `${label}-${randomBytes(12).toString('hex')}`;
}
