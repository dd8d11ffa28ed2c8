/**
 * GitHub's secondary rate limit allows about 80 content-creating requests a minute; bursts over
 * it earn a 403 and a wait of a minute or more.
 */
export const SECONDARY_WRITES_PER_MINUTE = 80;

/**
 * Spacing between writes that keeps a run under the secondary limit: none when all the writes fit
 * in one minute's budget, else one write every 60 s / 80 (750 ms).
 */
export function defaultSpacingMs(writes: number): number {
  return writes <= SECONDARY_WRITES_PER_MINUTE
    ? 0
    : Math.ceil(60_000 / SECONDARY_WRITES_PER_MINUTE);
}

/** Clock and sleep, injectable so tests need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs tasks with at most `concurrency` in flight, starting them in FIFO order and at least
 * `spacingMs` apart.
 */
export class Pacer {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private nextStart = 0;

  constructor(
    private readonly concurrency: number,
    private readonly spacingMs: number,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Runs `task` when a slot is free and the spacing allows; resolves or rejects with it. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      const start = Math.max(this.clock.now(), this.nextStart);
      this.nextStart = start + this.spacingMs;
      const wait = start - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never over-counts.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
