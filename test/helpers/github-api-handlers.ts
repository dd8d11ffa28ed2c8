/**
 * What the local GitHub API server answers, per operation, as GitHub does: repositories,
 * environments, and the secret and variable routes of every scope. Requests reach here already
 * matched and validated against the OpenAPI description.
 */
import { notFound, page, type HandlerContext, type Reply } from './github-api-reply.js';
import { secrets } from './github-api-secrets.js';
import type { Scope } from './github-api-state.js';
import { variables } from './github-api-variables.js';

export type { HandlerContext, Reply } from './github-api-reply.js';

/** Answers a matched request; undefined when the operation is not implemented (the server says 501). */
export function handle(ctx: HandlerContext): Reply | undefined {
  const t = ctx.template;
  const { owner = '', repo: repoName = '' } = ctx.params;
  if (t === '/repos/{owner}/{repo}' && ctx.method === 'GET') {
    const repo = ctx.state.repo(owner, repoName);
    if (!repo) return notFound();
    const body = {
      id: repo.id,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: { login: repo.owner },
    };
    return { status: 200, body, unchecked: true };
  }
  if (t === '/repos/{owner}/{repo}/environments' && ctx.method === 'GET') {
    const repo = ctx.state.repo(owner, repoName);
    if (!repo) return notFound();
    const all = [...repo.environments.values()].map((e) => environmentBody(ctx, e));
    return page(ctx, all, 'environments');
  }
  if (t === '/repos/{owner}/{repo}/environments/{environment_name}') {
    const repo = ctx.state.repo(owner, repoName);
    if (!repo) return notFound();
    const name = ctx.params.environment_name ?? '';
    if (ctx.method === 'PUT') {
      const { env } = ctx.state.addEnvironment(repo, name);
      return { status: 200, body: environmentBody(ctx, env) };
    }
    const env = repo.environments.get(name.toLowerCase());
    if (!env) return notFound();
    if (ctx.method === 'GET') return { status: 200, body: environmentBody(ctx, env) };
    if (ctx.method === 'DELETE') {
      repo.environments.delete(name.toLowerCase());
      return { status: 204 };
    }
  }
  const scoped =
    /^\/(?:repos\/\{owner\}\/\{repo\}\/environments\/\{environment_name\}|(?:repos\/\{owner\}\/\{repo\}|orgs\/\{org\})\/(actions|dependabot))\/(secrets|variables)(.*)$/.exec(
      t,
    );
  if (!scoped) return undefined;
  const [, family = '', kind = '', rest = ''] = scoped;
  const isOrg = t.startsWith('/orgs/');
  const scope = findScope(ctx, family, isOrg);
  if (!scope) return notFound();
  return kind === 'secrets' ? secrets(ctx, scope, rest, isOrg) : variables(ctx, scope, rest, isOrg);
}

/** The secret scope a request addresses (its secrets, public key or variables), if it exists. */
export function requestScope(
  ctx: Pick<HandlerContext, 'state' | 'template' | 'params'>,
): Scope | undefined {
  const scoped =
    /^\/(?:repos\/\{owner\}\/\{repo\}\/environments\/\{environment_name\}|(?:repos\/\{owner\}\/\{repo\}|orgs\/\{org\})\/(actions|dependabot))\/(?:secrets|variables)/.exec(
      ctx.template,
    );
  if (!scoped) return undefined;
  return findScope(ctx, scoped[1] ?? '', ctx.template.startsWith('/orgs/'));
}

function findScope(
  ctx: Pick<HandlerContext, 'state' | 'params'>,
  family: string,
  isOrg: boolean,
): Scope | undefined {
  const p = ctx.params;
  if (isOrg) {
    const org = ctx.state.org(p.org ?? '');
    return family === 'dependabot' ? org?.dependabot : org?.actions;
  }
  const repo = ctx.state.repo(p.owner ?? '', p.repo ?? '');
  if (p.environment_name !== undefined) {
    return repo?.environments.get(p.environment_name.toLowerCase())?.scope;
  }
  return family === 'dependabot' ? repo?.dependabot : repo?.actions;
}

function environmentBody(
  ctx: HandlerContext,
  e: { id: number; name: string; createdAt: string; updatedAt: string },
): Record<string, unknown> {
  const url = `${ctx.apiRoot}/repos/${ctx.params.owner}/${ctx.params.repo}/environments/${encodeURIComponent(e.name)}`;
  return {
    id: e.id,
    node_id: `EN_${e.id}`,
    name: e.name,
    url,
    html_url: url,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}
