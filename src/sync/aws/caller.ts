import { mapConcurrent } from '../../shared/concurrency.js';
import { withRetry, type RetryPolicy } from './retry.js';

/**
 * Runs AWS calls with bounded retries and counts every attempt per operation, so the caller
 * (and the benchmark) sees the real number of requests sent.
 */
export class AwsCaller {
  /** Attempts per operation name, retries included. */
  readonly calls: Record<string, number> = {};

  constructor(
    private readonly retry: RetryPolicy,
    /** Calls in flight at once across one `fetchSecrets`. */
    readonly concurrency: number,
  ) {}

  /** Calls `send` (one AWS request) with retries, counting each attempt under `operation`. */
  call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    return withRetry(this.retry, () => {
      this.calls[operation] = (this.calls[operation] ?? 0) + 1;
      return send();
    });
  }

  /** Maps `items` with at most `concurrency` in flight; results keep the input order. */
  async map<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    async function* indexed() {
      for (let i = 0; i < items.length; i++) yield i;
    }
    const limit = Math.max(1, this.concurrency);
    for await (const [i, result] of mapConcurrent(indexed(), limit, async (i) => {
      return [i, await fn(items[i] as T)] as const;
    })) {
      results[i] = result;
    }
    return results;
  }
}
