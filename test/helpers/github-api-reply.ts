/** What handlers of the local GitHub API server share: the request context, replies, paging. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GitHubState } from './github-api-state.js';

/** One request, as handlers see it. */
export interface HandlerContext {
  readonly state: GitHubState;
  readonly template: string;
  readonly method: string;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: Record<string, unknown>;
  /** Absolute URL of the API root (with any `/api/v3` prefix), for Link headers and urls. */
  readonly apiRoot: string;
}

/** An answer. `unchecked` skips response validation (objects we only fill partly). */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  unchecked?: boolean;
}

/** GitHub's limit on a secret or variable value. */
export const MAX_VALUE_BYTES = 48 * 1024;

/** An error answer shaped like GitHub's. */
export const error = (status: number, message: string): Reply => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  unchecked: true,
});
/** GitHub's 404. */
export const notFound = (): Reply => error(404, 'Not Found');

/** A page of a list, sorted by name, with `total_count` and a Link header as GitHub sends. */
export function page(ctx: HandlerContext, all: Record<string, unknown>[], key: string): Reply {
  all.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30), 1), 100);
  const pageNo = Math.max(Number(ctx.query.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(all.length / perPage), 1);
  const items = all.slice((pageNo - 1) * perPage, pageNo * perPage);
  const path = ctx.template.replace(/\{(\w+)\}/g, (_, p: string) =>
    encodeURIComponent(ctx.params[p] ?? ''),
  );
  const link = (n: number, rel: string): string =>
    `<${ctx.apiRoot}${path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
  const links: string[] = [];
  if (pageNo > 1) links.push(link(pageNo - 1, 'prev'), link(1, 'first'));
  if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
  return { status: 200, body: { total_count: all.length, [key]: items }, headers };
}

/** The whole request body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Writes a reply with the headers GitHub always sends. */
export function send(res: ServerResponse, r: Reply): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...r.headers,
  };
  if (r.body === undefined || r.status === 204) {
    res.writeHead(r.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(r.status, headers).end(JSON.stringify(r.body));
}
