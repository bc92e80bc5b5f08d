/** At most `limit` concurrent runs per key (account x region x service), FIFO beyond that. */
export class KeyedLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await work();
    } finally {
      this.release(key);
    }
  }

  private acquire(key: string): Promise<void> {
    const running = this.active.get(key) ?? 0;
    if (running < this.limit) {
      this.active.set(key, running + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
  }

  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (next) {
      if (queue?.length === 0) this.waiting.delete(key);
      next();
      return;
    }
    const running = (this.active.get(key) ?? 1) - 1;
    if (running === 0) this.active.delete(key);
    else this.active.set(key, running);
  }
}

/** Maps items with at most `limit` calls in flight, yielding results in input order (S3 bucket details). */
export async function* mapBounded<In, Out>(
  items: AsyncIterable<In> | Iterable<In>,
  limit: number,
  map: (item: In) => Promise<Out>,
): AsyncIterable<Out> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('calls in flight must be a positive integer');
  const inFlight: Promise<Out>[] = [];
  for await (const item of items) {
    const pending = map(item);
    // Rejections surface when awaited in order below; this only stops an early one counting as unhandled.
    pending.catch(() => undefined);
    inFlight.push(pending);
    if (inFlight.length >= limit) yield await (inFlight.shift() as Promise<Out>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<Out>);
}
