/**
 * Shared set-up for the sync Action tests: a local Secrets Manager and a local GitHub API, a
 * runner-style job pointed at both, and checks that no planted value shows anywhere.
 */
import { expect } from 'vitest';
import {
  openApiMissingReason,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../helpers/github-api-server.js';
import {
  startSecretsManagerServer,
  type SecretsManagerServer,
} from '../helpers/secrets-manager-server.js';
import { maskPrefixProblems, maskedValues, visibleOutput } from './runner.js';
import { SyncJob, type SyncStepResult } from './sync-runner.js';

export { planted } from './fixtures.js';

/** Why the sync tests cannot run here (no OpenAPI description), or undefined. */
export const skipReason = openApiMissingReason();

/** Both local servers. */
export interface Servers {
  aws: SecretsManagerServer;
  github: GitHubApiServer;
}

/** Starts both servers, with the repositories and org the tests write to (`/api/v3`: a GHES look). */
export async function startServers(pathPrefix?: string): Promise<Servers> {
  const aws = await startSecretsManagerServer({ listPageSize: 100 });
  const github = await startGitHubApiServer(pathPrefix ? { pathPrefix } : {});
  github.addOrg('acme');
  github.addRepo('acme/web');
  github.addRepo('acme/api');
  github.addEnvironment('acme/web', 'staging');
  return { aws, github };
}

/** A job whose steps reach both servers the way a workflow would. */
export function syncJobFor(servers: Servers): Promise<SyncJob> {
  return SyncJob.create({
    ...servers.aws.env(),
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    GITHUB_API_URL: servers.github.url,
    GITHUB_REPOSITORY: 'acme/web',
    // Local servers: GitHub's one-write-a-second advice would only slow the tests down.
    SECRETS_ACTION_WRITE_SPACING_MS: '0',
    SECRETS_ACTION_RETRY_BASE_MS: '10',
  });
}

/** Secret writes (PUT of a secret) the GitHub server received since its last reset. */
export function secretPuts(github: GitHubApiServer): string[] {
  return github
    .writes()
    .filter((r) => r.method === 'PUT' && /\/secrets\/\{secret_name\}$/.test(r.key))
    .map((r) => r.path);
}

/** Variable writes (the manifest) since the last reset. */
export function variableWrites(github: GitHubApiServer): string[] {
  return github
    .writes()
    .filter((r) => /\/variables/.test(r.key))
    .map((r) => `${r.method} ${r.path}`);
}

/** Everything the step showed or wrote, as a reader of the log, summary, outputs or report sees it. */
export function shown(step: SyncStepResult): string {
  return [
    visibleOutput(step.output),
    step.summary,
    JSON.stringify(step.outputs),
    JSON.stringify(step.report ?? null),
  ].join('\n');
}

/**
 * The masking contract: every value (and each of its lines) is registered before any other
 * output, and none appears in what the step showed or wrote.
 */
export function expectNoValueShown(step: SyncStepResult, values: readonly string[]): void {
  expect(maskPrefixProblems(step.output)).toEqual([]);
  const masks = new Set(maskedValues(step.output));
  const text = shown(step);
  for (const value of values)
    for (const form of [value, ...value.split('\n').map((line) => line.trim())]) {
      if (form.length < 4) continue;
      expect(masks.has(form), `mask registered for ${form.slice(0, 12)}`).toBe(true);
      expect(text.includes(form), 'value shown').toBe(false);
    }
}

/** None of the values (nor their lines) appears in what the step showed or wrote. */
export function expectNotShown(step: SyncStepResult, values: readonly string[]): void {
  const text = shown(step);
  for (const value of values)
    for (const form of [value, ...value.split('\n').map((line) => line.trim())])
      if (form.length >= 4) expect(text.includes(form), 'value shown').toBe(false);
}

/** Every GitHub request matched GitHub's OpenAPI description. */
export function expectValidRequests(github: GitHubApiServer): void {
  expect(github.problems).toEqual([]);
}
