/**
 * Octokit failures as `GitHubApiError`: one line naming the target, the operation and the fix
 * (usually the token permission that target kind needs). The response body is never used: a
 * message built from it could echo request data.
 */
import { GitHubApiError, type TargetRef } from './types.js';

/** The permission a target kind needs, for fine-grained PATs / GitHub Apps and classic PATs. */
export function secretPermission(kind: TargetRef['kind']): string {
  switch (kind) {
    case 'repository':
      return `repository permission "Secrets: read and write" (classic PAT: repo)`;
    case 'environment':
      return `repository permissions "Environments: read and write" and "Secrets: read and write" (classic PAT: repo)`;
    case 'organization':
      return `organization permission "Secrets: read and write" (classic PAT: admin:org)`;
    case 'dependabot-repository':
      return `repository permission "Dependabot secrets: read and write" (classic PAT: repo)`;
    case 'dependabot-organization':
      return `organization permission "Dependabot secrets: read and write" (classic PAT: admin:org)`;
  }
}

/** The permission for the manifest variable of a target kind. */
export function variablePermission(kind: TargetRef['kind']): string {
  return kind === 'organization' || kind === 'dependabot-organization'
    ? `organization permission "Variables: read and write" (classic PAT: admin:org)`
    : `repository permission "Variables: read and write" (classic PAT: repo)`;
}

/** The HTTP status of an Octokit error; 0 when no response arrived. */
export function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * Turns any failure of one call into a `GitHubApiError`. `permission` names what the token
 * needs for this call; `notFound` says what a 404 means here.
 */
export function toGitHubApiError(
  error: unknown,
  target: string,
  operation: string,
  permission: string,
  notFound = `check that ${target} exists and the token can see it (GitHub answers 404 when it cannot)`,
): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status = statusOf(error);
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response
    ?.headers;
  const limited =
    (status === 403 || status === 429) &&
    (headers?.['x-ratelimit-remaining'] === '0' || headers?.['retry-after'] !== undefined);
  const at = `${operation} on ${target}`;
  let message: string;
  if (status === 401) {
    message = `GitHub rejected the token (401) for ${at}: check that github-token is valid and not expired`;
  } else if (limited || (status === 403 && isSecondaryLimit(error))) {
    message = `GitHub rate limit for ${at} (${status}) persisted after retries: re-run later; the run converges`;
  } else if (status === 403) {
    message = `GitHub denied ${at} (403): the token needs ${permission}; the workflow GITHUB_TOKEN cannot write secrets`;
  } else if (status === 404) {
    message = `GitHub found nothing for ${at} (404): ${notFound}, and that the token has ${permission}`;
  } else if (status === 409 || status === 422) {
    message = `GitHub refused ${at} (${status}): check the name ([A-Za-z0-9_], no leading digit, no GITHUB_ prefix), the 48 KB value limit and the per-scope secret limits`;
  } else if (status >= 500) {
    message = `GitHub failed ${at} (${status}) after retries: re-run; the run converges`;
  } else if (status === 0) {
    message = `No answer from GitHub for ${at} (connection failed) after retries: check github-api-url and the network, then re-run`;
  } else {
    message = `GitHub answered ${status} for ${at}: re-run; if it persists, check the token's permissions (${permission})`;
  }
  return new GitHubApiError(message, status, target, operation);
}

/**
 * A secret PUT that GitHub refused with 422. GitHub answers so for a bad name, a value over 48 KB
 * or a full scope, and for a value sealed with a public key that has rotated since it was read;
 * `resealed` says the adapter already re-read the key and sealed again once.
 */
export function secretWriteRefused(
  target: string,
  operation: string,
  resealed: boolean,
): GitHubApiError {
  const limits = `check the name ([A-Za-z0-9_], no leading digit, no GITHUB_ prefix), the 48 KB value limit and the per-scope secret limits`;
  const message = resealed
    ? `GitHub refused ${operation} on ${target} (422) even after it was sealed again with the target's new public key: the key changed again during the run (re-run: the run converges), or ${limits}`
    : `GitHub refused ${operation} on ${target} (422): ${limits}; if the target's public key changed during the run, re-run (the run converges)`;
  return new GitHubApiError(message, 422, target, operation);
}

function isSecondaryLimit(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /\bsecondary rate\b/i.test(message);
}
