/**
 * Faults the local GitHub API server injects, shaped as GitHub sends them so the real Octokit
 * plugins react as they would in production: primary and secondary rate limits (403 or 429 with
 * `retry-after` / `x-ratelimit-reset`), 5xx, connection resets, delays, permission denials and
 * public keys rotated mid-run.
 */

/** One fault. */
export type Fault =
  /** Secondary limit: message names it; `retry-after` seconds when given. */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number }
  /** Primary limit: `x-ratelimit-remaining: 0`, reset `resetAfter` seconds from now (default 1). */
  | { kind: 'rate-limit'; status?: 403 | 429; resetAfter?: number }
  /** A 5xx (default 502 Bad Gateway). */
  | { kind: 'server-error'; status?: number }
  /** The socket is destroyed without an answer. */
  | { kind: 'connection-reset' }
  /** The answer comes `ms` later (the request is then handled normally). */
  | { kind: 'delay'; ms: number }
  /** A plain error status (default 403, as for a token missing a permission). */
  | { kind: 'status'; status?: number; message?: string }
  /**
   * The secret scope the request addresses gets a new public key (and `key_id`), `after` the
   * request is answered (default; at once, so no later request sees the old key) or `before` it
   * is handled; the old key is then refused with 422, as GitHub refuses a value it cannot open.
   */
  | { kind: 'rotate-key'; when?: 'before' | 'after' };

/** Which requests a fault applies to; omitted fields match anything. */
export interface FaultMatch {
  /** `GET`, `PUT`, … */
  method?: string;
  /** The operation key (`PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}`) or a pattern tested on it and on the raw path. */
  route?: string | RegExp;
}

interface Armed {
  fault: Fault;
  match: FaultMatch;
  /** Remaining uses; Infinity for `always`. */
  remaining: number;
}

/** The armed faults of one server. */
export class Faults {
  private armed: Armed[] = [];

  /** The next `count` matching requests get `fault`. */
  next(count: number, fault: Fault, match: FaultMatch = {}): void {
    this.armed.push({ fault, match, remaining: count });
  }

  /** Every matching request gets `fault` until `clear()`. */
  always(fault: Fault, match: FaultMatch = {}): void {
    this.armed.push({ fault, match, remaining: Infinity });
  }

  /** Removes every fault. */
  clear(): void {
    this.armed = [];
  }

  /** Faults still armed (uses left), for tests that check all were consumed. */
  pending(): number {
    return this.armed.reduce((n, a) => n + (a.remaining === Infinity ? 1 : a.remaining), 0);
  }

  /** Takes the first fault matching a request, consuming one use. */
  take(method: string, key: string, path: string): Fault | undefined {
    const armed = this.armed.find((a) => a.remaining > 0 && matches(a.match, method, key, path));
    if (!armed) return undefined;
    armed.remaining -= 1;
    if (armed.remaining === 0) this.armed = this.armed.filter((a) => a !== armed);
    return armed.fault;
  }
}

function matches(match: FaultMatch, method: string, key: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.route === undefined) return true;
  if (typeof match.route === 'string') return match.route === key || match.route === path;
  return match.route.test(key) || match.route.test(path);
}

/** Status, headers and body for a fault that answers (not resets or delays). */
export function faultResponse(
  fault: Exclude<Fault, { kind: 'connection-reset' } | { kind: 'delay' } | { kind: 'rotate-key' }>,
): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  const docs = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
  switch (fault.kind) {
    case 'secondary-rate-limit': {
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
      return { status: fault.status ?? 403, headers, body: { message, documentation_url: docs } };
    }
    case 'rate-limit': {
      const reset = Math.ceil(Date.now() / 1000 + (fault.resetAfter ?? 1));
      const headers = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      };
      return {
        status: fault.status ?? 403,
        headers,
        body: { message: 'API rate limit exceeded for user.', documentation_url: docs },
      };
    }
    case 'server-error':
      return { status: fault.status ?? 502, headers: {}, body: { message: 'Server Error' } };
    case 'status': {
      const status = fault.status ?? 403;
      const message =
        fault.message ??
        (status === 403 ? 'Resource not accessible by personal access token' : 'Error');
      return {
        status,
        headers: {},
        body: { message, documentation_url: 'https://docs.github.com/rest' },
      };
    }
  }
}
