/**
 * The Octokit client for the sync: REST methods, the throttling plugin with bounded retries that
 * honour `retry-after` and `x-ratelimit-reset`, the retry plugin for 5xx and dropped connections,
 * a pinned `X-GitHub-Api-Version`, and per-route call counts.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** The REST API version every request asks for. */
export const GITHUB_API_VERSION = '2022-11-28';

/** The client type the adapter uses. */
export type GitHubClient = InstanceType<typeof SyncOctokit>;

/** Options for `createGitHubClient`. */
export interface GitHubClientOptions {
  token: string;
  /** API root: `https://api.github.com` (default) or `https://HOST/api/v3` for GitHub Enterprise Server. */
  baseUrl?: string;
  /** Retries per request after a rate limit, a 5xx or a dropped connection (default 3). */
  maxRetries?: number;
  /** Longest rate-limit wait accepted, in seconds (default 300): beyond it the request fails. */
  maxWaitSeconds?: number;
  /** Milliseconds per second of `retry-after` and backoff (default 1000; tests shrink it). */
  retryBaseMs?: number;
  /**
   * Least time between the starts of two writes, in ms (default 0: `applyPlan` paces writes; this
   * replaces the throttling plugin's own one-second write queue, which would double the pacing).
   */
  writeSpacingMs?: number;
  /** Give up on one attempt after this many ms (default 30000); the retry plugin tries again. */
  timeoutMs?: number;
  /** Where Octokit's own diagnostics go (default: nowhere). Never receives values. */
  log?: (message: string) => void;
}

const SyncOctokit = Octokit.plugin(throttling, retry);

/** A client plus the API calls it made, per `"METHOD /route/{template}"` (retries not counted). */
export function createGitHubClient(options: GitHubClientOptions): {
  octokit: GitHubClient;
  calls: Record<string, number>;
} {
  const maxRetries = options.maxRetries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 300;
  const base = options.retryBaseMs ?? 1000;
  const log = options.log ?? (() => undefined);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const retrying = count < maxRetries && retryAfter <= maxWait;
      log(
        `${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`,
      );
      return retrying;
    };
  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    retryAfterBaseValue: base,
    fallbackSecondaryRateRetryAfter: 60,
    write: spacer(options.writeSpacingMs ?? 0) as ThrottlingOptions['write'],
  };
  const octokit = new SyncOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'secrets-action-sync',
    throttle,
    // 403 and 429 belong to the throttling plugin, so one limit is not retried twice over.
    retry: {
      retries: maxRetries,
      retryAfterBaseValue: base,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    request: { fetch: withTimeout(options.timeoutMs ?? 30_000) },
  });
  const calls: Record<string, number> = {};
  octokit.hook.wrap('request', (request, opts) => {
    const key = `${opts.method} ${String(opts.url)}`;
    calls[key] = (calls[key] ?? 0) + 1;
    // Octokit has no default-headers option; every request (and its retries) carries this one.
    opts.headers['x-github-api-version'] = GITHUB_API_VERSION;
    return request(opts);
  });
  return { octokit, calls };
}

/**
 * A stand-in for the throttling plugin's write group (it only calls `key(id).schedule(opts, fn)`):
 * writes start at least `ms` apart, without the module-wide Bottleneck group it would share.
 */
function spacer(ms: number): unknown {
  let next = 0;
  const schedule = async <T>(_opts: unknown, fn: () => Promise<T> | T): Promise<T> => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + ms;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
    return fn();
  };
  return { key: () => ({ schedule }) };
}

/** `fetch` that aborts a hung attempt, so a stalled connection becomes a retryable failure. */
function withTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}
