import { describe, expect, it } from 'vitest';
import { Pacer, defaultSpacingMs } from '../../../src/sync/plan/pacer.js';

/** A fake clock: sleeping advances time instantly. */
function fakeClock() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

describe('Pacer', () => {
  it('keeps at most `concurrency` tasks in flight', async () => {
    const pacer = new Pacer(2, 0);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        pacer.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 2));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it('spaces starts and keeps going after a failure', async () => {
    const clock = fakeClock();
    const pacer = new Pacer(1, 750, clock);
    const starts: number[] = [];
    const results = await Promise.allSettled(
      [0, 1, 2].map((i) =>
        pacer.run(async () => {
          starts.push(clock.now());
          if (i === 1) throw new Error('boom');
        }),
      ),
    );
    expect(starts).toEqual([0, 750, 1500]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('spaces writes only when they exceed one minute of the secondary limit', () => {
    expect(defaultSpacingMs(80)).toBe(0);
    expect(defaultSpacingMs(81)).toBe(750);
  });
});
