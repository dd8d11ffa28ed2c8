/**
 * The REST routes of each target kind: where its secrets, public key and manifest variable live.
 * Environment names go in as plain strings; Octokit URL-encodes path parameters (`/` → `%2F`).
 */
import type { TargetRef } from './types.js';

/** The manifest variable of Actions and environment targets. */
export const MANIFEST_VARIABLE = 'SECRETS_ACTION_MANIFEST';
/** The manifest variable of Dependabot targets (Dependabot has no variables: it lives in Actions'). */
export const MANIFEST_VARIABLE_DEPENDABOT = 'SECRETS_ACTION_MANIFEST_DEPENDABOT';

/** A route prefix and the path parameters it needs. */
export interface ScopeRoute {
  readonly base: string;
  readonly params: Record<string, string>;
}

/** Where a target's secrets live: `${base}`, `${base}/public-key`, `${base}/{secret_name}`. */
export function secretsRoute(t: TargetRef): ScopeRoute {
  switch (t.kind) {
    case 'repository':
      return repoRoute(t, '/actions/secrets');
    case 'dependabot-repository':
      return repoRoute(t, '/dependabot/secrets');
    case 'environment':
      return {
        base: '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
        params: { owner: t.owner, repo: t.repo, environment_name: t.environment },
      };
    case 'organization':
      return { base: '/orgs/{org}/actions/secrets', params: { org: t.org } };
    case 'dependabot-organization':
      return { base: '/orgs/{org}/dependabot/secrets', params: { org: t.org } };
  }
}

/** Where a target's manifest variable lives: `${base}` (create) and `${base}/{name}`. */
export function variablesRoute(t: TargetRef): ScopeRoute {
  switch (t.kind) {
    case 'repository':
    case 'dependabot-repository':
      return repoRoute(t, '/actions/variables');
    case 'environment':
      return {
        base: '/repos/{owner}/{repo}/environments/{environment_name}/variables',
        params: { owner: t.owner, repo: t.repo, environment_name: t.environment },
      };
    case 'organization':
    case 'dependabot-organization':
      return { base: '/orgs/{org}/actions/variables', params: { org: t.org } };
  }
}

/** The name of a target's manifest variable. */
export function manifestVariableName(t: TargetRef): string {
  return t.kind === 'dependabot-repository' || t.kind === 'dependabot-organization'
    ? MANIFEST_VARIABLE_DEPENDABOT
    : MANIFEST_VARIABLE;
}

/** Whether a target is an organization scope (secrets carry access settings). */
export function isOrgTarget(
  t: TargetRef,
): t is Extract<TargetRef, { kind: 'organization' | 'dependabot-organization' }> {
  return t.kind === 'organization' || t.kind === 'dependabot-organization';
}

function repoRoute(t: { owner: string; repo: string }, suffix: string): ScopeRoute {
  return { base: `/repos/{owner}/{repo}${suffix}`, params: { owner: t.owner, repo: t.repo } };
}
