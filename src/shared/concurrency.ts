/**
 * Maps an async stream with at most `limit` calls of `fn` in flight, yielding results as they
 * complete (not in input order). It pulls from `source` only when a slot is free, so a long
 * stream is never buffered.
 */
export async function* mapConcurrent<T, R>(
  source: AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const running = new Map<number, Promise<[number, R]>>();
  let nextId = 0;
  let exhausted = false;
  for (;;) {
    while (!exhausted && running.size < limit) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const id = nextId++;
      running.set(
        id,
        fn(next.value).then((result): [number, R] => [id, result]),
      );
    }
    if (running.size === 0) return;
    const [id, result] = await Promise.race(running.values());
    running.delete(id);
    yield result;
  }
}
