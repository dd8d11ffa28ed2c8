/** Actions variable routes of the local GitHub API server. */
import {
  error,
  MAX_VALUE_BYTES,
  notFound,
  page,
  type HandlerContext,
  type Reply,
} from './github-api-reply.js';
import { orgAccess } from './github-api-secrets.js';
import { validName, type Scope, type StoredVariable } from './github-api-state.js';

/** Actions variable routes of one scope: list, create (409 when it exists), get, update, delete. */
export function variables(ctx: HandlerContext, scope: Scope, rest: string, isOrg: boolean): Reply {
  const m = ctx.method;
  if (rest === '' && m === 'GET') {
    const all = [...scope.variables.values()].map((v) => variableBody(ctx, v, isOrg));
    return page(ctx, all, 'variables');
  }
  const b = ctx.body;
  const now = new Date().toISOString();
  if (rest === '' && m === 'POST') {
    const name = String(b.name);
    if (!validName(name))
      return error(422, 'Variable names can only contain alphanumeric characters or underscores');
    if (scope.variables.has(name.toUpperCase()))
      return error(409, 'Already exists - Variable already exists');
    if (Buffer.byteLength(String(b.value)) > MAX_VALUE_BYTES)
      return error(422, 'Variable value is larger than 48 KB');
    const access = isOrg ? orgAccess(ctx) : {};
    if ('status' in access) return access as Reply;
    const upper = name.toUpperCase();
    scope.variables.set(upper, {
      name: upper,
      value: String(b.value),
      createdAt: now,
      updatedAt: now,
      ...access,
    });
    return { status: 201, body: {} };
  }
  const name = (ctx.params.name ?? '').toUpperCase();
  const existing = scope.variables.get(name);
  if (!existing || rest !== '/{name}') return notFound();
  if (m === 'GET') return { status: 200, body: variableBody(ctx, existing, isOrg) };
  if (m === 'DELETE') {
    scope.variables.delete(name);
    return { status: 204 };
  }
  if (m === 'PATCH') {
    if (b.value !== undefined && Buffer.byteLength(String(b.value)) > MAX_VALUE_BYTES) {
      return error(422, 'Variable value is larger than 48 KB');
    }
    if (isOrg && b.visibility !== undefined) {
      const access = orgAccess(ctx);
      if ('status' in access) return access;
      Object.assign(existing, { selectedRepositoryIds: undefined }, access);
    }
    if (b.value !== undefined) existing.value = String(b.value);
    existing.updatedAt = now;
    if (b.name !== undefined && String(b.name).toUpperCase() !== name) {
      scope.variables.delete(name);
      existing.name = String(b.name).toUpperCase();
      scope.variables.set(existing.name, existing);
    }
    return { status: 204 };
  }
  return notFound();
}

function variableBody(
  ctx: HandlerContext,
  v: StoredVariable,
  isOrg: boolean,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: v.name,
    value: v.value,
    created_at: v.createdAt,
    updated_at: v.updatedAt,
  };
  if (isOrg) body.visibility = v.visibility;
  return body;
}
