/**
 * A local GitHub REST API for tests: a node:http server that routes every request through GitHub's
 * official OpenAPI description (unknown routes 404; path params, query and JSON body validated,
 * 422 when invalid), answers secrets, variables and environments as GitHub does, opens every
 * sealed value with its scope's private key so tests assert the plaintext, counts calls per
 * operation, and injects faults. The real `@octokit/rest` reaches it through `baseUrl`; with
 * `pathPrefix: '/api/v3'` it looks like GitHub Enterprise Server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sodium from 'libsodium-wrappers';
import { faultResponse, Faults } from './github-api-faults.js';
import { handle, requestScope } from './github-api-handlers.js';
import { readBody, send, type Reply } from './github-api-reply.js';
import { OpenApi } from './github-api-openapi.js';
import {
  GitHubState,
  publicKeyBase64,
  rotateScopeKey,
  type Scope,
  type ScopeRef,
  type StoredSecret,
  type StoredVariable,
  type Visibility,
} from './github-api-state.js';

export { openApiMissingReason } from './github-api-openapi.js';
export type { Fault, FaultMatch } from './github-api-faults.js';
export type { ScopeRef, StoredSecret, StoredVariable } from './github-api-state.js';

/** One request as the server saw it (never its body). */
export interface LoggedRequest {
  method: string;
  /** Operation key (`PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}`) or the raw path when unknown. */
  key: string;
  path: string;
  status: number;
  /** The `X-GitHub-Api-Version` header sent, if any. */
  apiVersion?: string;
  /** ms since the server started. */
  at: number;
}

/** Options for `startGitHubApiServer`. */
export interface GitHubApiServerOptions {
  /** Prefix before every route, `/api/v3` for a GitHub Enterprise Server look. */
  pathPrefix?: string;
  /** The token clients must send; generated when omitted. */
  token?: string;
  /**
   * GitHub's secondary limit on content-creating requests (80 a minute there): past `writes`
   * writes within `windowMs`, a write gets 403 with `retry-after` (seconds, default 1).
   */
  writeLimit?: { writes: number; windowMs: number; retryAfter?: number };
}

/** A running server. */
export interface GitHubApiServer {
  /** The API root to pass as Octokit's `baseUrl` / the action's `github-api-url`. */
  readonly url: string;
  /** The accepted token (generated at start, never a real-format token). */
  readonly token: string;
  /** Calls per operation key, faulted and invalid ones included. */
  readonly calls: Record<string, number>;
  /** Every request in order. */
  readonly requests: LoggedRequest[];
  /** Requests that failed OpenAPI validation or matched no route: tests assert this stays empty. */
  readonly problems: string[];
  readonly faults: Faults;
  addRepo(fullName: string): number;
  addOrg(login: string): number;
  addEnvironment(fullName: string, environment: string): void;
  /** Environment names of a repository. */
  environments(fullName: string): string[];
  /** A stored secret (plaintext `value`), or undefined. */
  secret(scope: ScopeRef, name: string): StoredSecret | undefined;
  /** Names of the secrets in a scope, sorted. */
  secretNames(scope: ScopeRef): string[];
  /** Seeds a secret as if written earlier (by hand or another tool). */
  setSecret(
    scope: ScopeRef,
    name: string,
    value: string,
    access?: { visibility: Visibility; selectedRepositories?: string[] },
  ): void;
  variable(scope: ScopeRef, name: string): StoredVariable | undefined;
  setVariable(scope: ScopeRef, name: string, value: string): void;
  deleteVariable(scope: ScopeRef, name: string): void;
  /** The scope's public key as the API serves it. */
  publicKey(scope: ScopeRef): { keyId: string; key: string };
  /** Gives the scope a new public key now (the `rotate-key` fault does it on a request); returns it. */
  rotateKey(scope: ScopeRef): { keyId: string; key: string };
  /** Write requests (PUT/POST/PATCH/DELETE) received so far. */
  writes(): LoggedRequest[];
  /** The most requests in progress at once. */
  peakInFlight(): number;
  /** Clears call counts, the request log, problems and the in-flight peak. */
  resetCalls(): void;
  close(): Promise<void>;
}

let shared: OpenApi | undefined;

/** Starts a server on a free loopback port. Needs the OpenAPI description (see `openApiMissingReason`). */
export async function startGitHubApiServer(
  options: GitHubApiServerOptions = {},
): Promise<GitHubApiServer> {
  await sodium.ready;
  shared ??= new OpenApi();
  const api = shared;
  const state = new GitHubState();
  const faults = new Faults();
  const prefix = options.pathPrefix ?? '';
  const token = options.token ?? `test_${randomBytes(16).toString('hex')}`;
  const calls: Record<string, number> = {};
  const requests: LoggedRequest[] = [];
  const problems: string[] = [];
  const started = Date.now();
  let inFlight = 0;
  let peak = 0;
  const writeTimes: number[] = [];
  const overWriteLimit = (method: string): boolean => {
    const limit = options.writeLimit;
    if (!limit || method === 'GET') return false;
    const now = Date.now();
    while (writeTimes.length > 0 && (writeTimes[0] ?? 0) <= now - limit.windowMs)
      writeTimes.shift();
    if (writeTimes.length >= limit.writes) return true;
    writeTimes.push(now);
    return false;
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = await readBody(req);
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const op = path ? api.match(method, path) : undefined;
    const key = op?.key ?? `${method} ${url.pathname}`;
    calls[key] = (calls[key] ?? 0) + 1;
    const apiVersion = req.headers['x-github-api-version'] as string | undefined;
    const log = (status: number) =>
      requests.push({
        method,
        key,
        path: url.pathname,
        status,
        apiVersion,
        at: Date.now() - started,
      });
    const reply = (r: Reply): void => {
      log(r.status);
      send(res, r);
    };
    if (!op) {
      problems.push(`no route: ${method} ${url.pathname}`);
      return reply({ status: 404, body: { message: 'Not Found' } });
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      return reply({ status: 401, body: { message: 'Bad credentials' } });
    }
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      problems.push(`invalid JSON body: ${key}`);
      return reply({ status: 400, body: { message: 'Problems parsing JSON' } });
    }
    const invalid = [...api.validateParams(op, url.searchParams), ...api.validateBody(op, body)];
    if (invalid.length > 0) {
      problems.push(`${key}: ${invalid.join('; ')}`);
      return reply({ status: 422, body: { message: `Invalid request.\n\n${invalid.join('\n')}` } });
    }
    const fault =
      faults.take(method, key, url.pathname) ??
      (overWriteLimit(method)
        ? ({
            kind: 'secondary-rate-limit',
            retryAfter: options.writeLimit?.retryAfter ?? 1,
          } as const)
        : undefined);
    if (fault?.kind === 'connection-reset') {
      log(0);
      req.socket.destroy();
      return;
    }
    const apiRoot = `http://${req.headers.host ?? 'localhost'}${prefix}`;
    const ctx = {
      state,
      template: op.template,
      method,
      params: op.params,
      query: url.searchParams,
      apiRoot,
    };
    const rotate = fault?.kind === 'rotate-key' ? (fault.when ?? 'after') : undefined;
    const scope = rotate ? requestScope(ctx) : undefined;
    if (rotate && !scope) problems.push(`rotate-key fault on a request without a scope: ${key}`);
    if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
    else if (fault && fault.kind !== 'rotate-key') return reply(faultResponse(fault));
    if (scope && rotate === 'before') rotateScopeKey(scope);
    const answer = handle({ ...ctx, body: (body ?? {}) as Record<string, unknown> });
    if (!answer) return reply({ status: 501, body: { message: `not implemented here: ${key}` } });
    if (!answer.unchecked && answer.status < 300) {
      const wrong = api.validateResponse(op, answer.status, answer.body);
      if (wrong.length > 0) problems.push(`response of ${key}: ${wrong.join('; ')}`);
    }
    reply(answer);
    if (scope && rotate === 'after') rotateScopeKey(scope);
  };

  const server = createServer((req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    res.on('close', () => (inFlight -= 1));
    serve(req, res).catch((e: unknown) => {
      problems.push(`server error: ${e instanceof Error ? e.message : String(e)}`);
      send(res, { status: 500, body: { message: 'Server Error' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const scopeOf = (ref: ScopeRef) => {
    const scope = state.scope(ref);
    if (!scope) throw new Error(`no such scope: ${JSON.stringify(ref)}`);
    return scope;
  };
  const keyOf = (scope: Scope) => ({ keyId: scope.keyId, key: publicKeyBase64(scope) });
  const repoOf = (fullName: string) => {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = state.repo(owner, name);
    if (!repo) throw new Error(`no such repository: ${fullName}`);
    return repo;
  };

  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    token,
    calls,
    requests,
    problems,
    faults,
    addRepo: (fullName) => state.addRepo(fullName).id,
    addOrg: (login) => state.addOrg(login).id,
    addEnvironment: (fullName, environment) =>
      void state.addEnvironment(repoOf(fullName), environment),
    environments: (fullName) =>
      [...repoOf(fullName).environments.values()].map((e) => e.name).sort(),
    secret: (ref, name) => state.scope(ref)?.secrets.get(name.toUpperCase()),
    secretNames: (ref) => [...(state.scope(ref)?.secrets.keys() ?? [])].sort(),
    setSecret: (ref, name, value, access) => {
      const now = new Date().toISOString();
      const ids = access?.selectedRepositories?.map(
        (n) => repoOf(n.includes('/') ? n : `${'org' in ref ? ref.org : ''}/${n}`).id,
      );
      const upper = name.toUpperCase();
      scopeOf(ref).secrets.set(upper, {
        name: upper,
        value,
        createdAt: now,
        updatedAt: now,
        ...(access ? { visibility: access.visibility } : {}),
        ...(ids ? { selectedRepositoryIds: ids } : {}),
      });
    },
    variable: (ref, name) => state.scope(ref)?.variables.get(name.toUpperCase()),
    setVariable: (ref, name, value) => {
      const now = new Date().toISOString();
      const upper = name.toUpperCase();
      const visibility = 'org' in ref ? { visibility: 'all' as const } : {};
      scopeOf(ref).variables.set(upper, {
        name: upper,
        value,
        createdAt: now,
        updatedAt: now,
        ...visibility,
      });
    },
    deleteVariable: (ref, name) => void scopeOf(ref).variables.delete(name.toUpperCase()),
    publicKey: (ref) => keyOf(scopeOf(ref)),
    rotateKey: (ref) => keyOf(rotateScopeKey(scopeOf(ref))),
    writes: () => requests.filter((r) => r.method !== 'GET'),
    peakInFlight: () => peak,
    resetCalls: () => {
      for (const k of Object.keys(calls)) delete calls[k];
      requests.length = 0;
      problems.length = 0;
      peak = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
