/** Secret routes of the local GitHub API server: 201/204/404/422 as GitHub answers them. */
import {
  error,
  MAX_VALUE_BYTES,
  notFound,
  page,
  type HandlerContext,
  type Reply,
} from './github-api-reply.js';
import {
  openSealed,
  publicKeyBase64,
  validName,
  type Scope,
  type StoredSecret,
  type Visibility,
} from './github-api-state.js';

/** Secret routes of one scope: list, public key, get, put, delete, org repositories. */
export function secrets(ctx: HandlerContext, scope: Scope, rest: string, isOrg: boolean): Reply {
  const m = ctx.method;
  if (rest === '' && m === 'GET') {
    const all = [...scope.secrets.values()].map((s) => secretBody(ctx, s, isOrg));
    return page(ctx, all, 'secrets');
  }
  if (rest === '/public-key' && m === 'GET') {
    return { status: 200, body: { key_id: scope.keyId, key: publicKeyBase64(scope) } };
  }
  const name = ctx.params.secret_name ?? '';
  const existing = scope.secrets.get(name.toUpperCase());
  if (rest === '/{secret_name}') {
    if (m === 'GET')
      return existing ? { status: 200, body: secretBody(ctx, existing, isOrg) } : notFound();
    if (m === 'DELETE') {
      if (!existing) return notFound();
      scope.secrets.delete(name.toUpperCase());
      return { status: 204 };
    }
    if (m === 'PUT') return putSecret(ctx, scope, name, existing, isOrg);
  }
  if (!existing) return notFound();
  if (rest === '/{secret_name}/repositories') {
    if (m === 'GET') {
      const repos = (existing.selectedRepositoryIds ?? []).map((id) => ctx.state.repoById(id));
      const repositories = repos.map((r) => ({
        id: r?.id,
        name: r?.name,
        full_name: `${r?.owner}/${r?.name}`,
      }));
      return {
        status: 200,
        body: { total_count: repositories.length, repositories },
        unchecked: true,
      };
    }
    if (existing.visibility !== 'selected') return error(409, 'Secret visibility is not selected');
    existing.selectedRepositoryIds = (ctx.body.selected_repository_ids as unknown[]).map(Number);
    return { status: 204 };
  }
  if (rest === '/{secret_name}/repositories/{repository_id}') {
    if (existing.visibility !== 'selected') return error(409, 'Secret visibility is not selected');
    const id = Number(ctx.params.repository_id);
    const ids = new Set(existing.selectedRepositoryIds ?? []);
    if (m === 'PUT') ids.add(id);
    else ids.delete(id);
    existing.selectedRepositoryIds = [...ids];
    return { status: 204 };
  }
  return notFound();
}

function putSecret(
  ctx: HandlerContext,
  scope: Scope,
  name: string,
  existing: StoredSecret | undefined,
  isOrg: boolean,
): Reply {
  if (!validName(name))
    return error(
      422,
      'Secret names can only contain alphanumeric characters or underscores, must not start with a number or GITHUB_',
    );
  const b = ctx.body;
  const encrypted = b.encrypted_value as string | undefined;
  let value = existing?.value;
  if (encrypted !== undefined || !isOrg) {
    if (b.key_id !== scope.keyId)
      return error(422, "Bad request: key_id does not match this scope's public key");
    value = openSealed(scope, encrypted ?? '');
    if (value === undefined)
      return error(422, 'Bad request: encrypted_value could not be decrypted with this key');
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES)
      return error(422, 'Secret value is larger than 48 KB');
  }
  if (value === undefined) return error(422, 'encrypted_value is required to create a secret');
  let access: Pick<StoredSecret, 'visibility' | 'selectedRepositoryIds'> = {};
  if (isOrg) {
    const checked = orgAccess(ctx);
    if ('status' in checked) return checked;
    access = checked;
  }
  if (!existing && scope.secrets.size >= scope.limit)
    return error(422, `This scope already has ${scope.limit} secrets`);
  const now = new Date().toISOString();
  const upper = name.toUpperCase();
  scope.secrets.set(upper, {
    name: upper,
    value,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...access,
    // An org update without a new value keeps the key that opened the old one.
    ...(encrypted !== undefined || !isOrg ? { keyId: scope.keyId } : { keyId: existing?.keyId }),
  });
  return existing ? { status: 204 } : { status: 201, body: {} };
}

/** Visibility and selected repositories of an org secret or variable PUT/POST/PATCH body. */
/** Visibility and selected repositories of an org PUT/POST/PATCH body, checked as GitHub does. */
export function orgAccess(
  ctx: HandlerContext,
): Reply | { visibility: Visibility; selectedRepositoryIds?: number[] } {
  const visibility = ctx.body.visibility as Visibility;
  const raw = ctx.body.selected_repository_ids as unknown[] | undefined;
  if (raw !== undefined && visibility !== 'selected') {
    return error(422, 'selected_repository_ids can only be set when visibility is selected');
  }
  const ids = (raw ?? []).map(Number);
  const org = ctx.state.org(ctx.params.org ?? '');
  const unknown = ids.filter(
    (id) => ctx.state.repoById(id)?.owner.toLowerCase() !== org?.login.toLowerCase(),
  );
  if (unknown.length > 0) return error(422, `Unknown repository ids: ${unknown.join(', ')}`);
  return visibility === 'selected' ? { visibility, selectedRepositoryIds: ids } : { visibility };
}

function secretBody(ctx: HandlerContext, s: StoredSecret, isOrg: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: s.name,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
  if (!isOrg) return body;
  body.visibility = s.visibility;
  if (s.visibility === 'selected') {
    body.selected_repositories_url =
      `${ctx.apiRoot}${ctx.template.split('/{secret_name}')[0]}/${s.name}/repositories`.replace(
        '{org}',
        ctx.params.org ?? '',
      );
  }
  return body;
}
