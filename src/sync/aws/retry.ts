import { isRetryable } from './errors.js';

/** Attempts and base pause for throttled or timed-out calls. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
}

/** Five attempts with pauses of about 0.2, 0.4, 0.8, 1.6 s: enough for Secrets Manager's throttling. */
export const defaultRetry: RetryPolicy = { attempts: 5, baseDelayMs: 200 };

/**
 * Calls `fn` until it succeeds, fails with a non-retryable error, or `attempts` calls were made;
 * pauses exponentially with jitter between attempts so parallel callers spread out.
 */
export async function withRetry<T>(policy: RetryPolicy, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;
      const ceiling = policy.baseDelayMs * 2 ** (attempt - 1);
      await new Promise((resolve) =>
        setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)),
      );
    }
  }
}
