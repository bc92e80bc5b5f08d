/**
 * Whether the next kind needs the worker pool: kinds run on the main thread while the kinds running since the
 * executor was last idle have collected fewer than `inlineItems` items, and in worker threads from then on. A worker
 * loads the whole registry and the AWS SDK before its first kind (a second of CPU and some 100 MiB each), more than a
 * small account costs to collect; a large one soon passes the threshold and its later kinds spread over the threads.
 */
export class PoolDemand {
  private running = 0;
  private itemsSinceIdle = 0;

  /** `inlineItems` 0: every kind goes to the pool. */
  constructor(private readonly inlineItems: number) {}

  /** A kind starts; true when it should run in the pool. */
  start(): boolean {
    this.running += 1;
    return this.itemsSinceIdle >= this.inlineItems;
  }

  collected(items: number): void {
    this.itemsSinceIdle += items;
  }

  /** A kind ended; when none runs any more, the next sync counts from zero. */
  finish(): void {
    this.running -= 1;
    if (this.running === 0) this.itemsSinceIdle = 0;
  }
}
