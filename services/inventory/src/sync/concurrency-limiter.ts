interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
}

/**
 * A counting semaphore; waiters are served in order and leave the queue when their signal aborts. The queue holds one
 * abort listener per signal, however many waiters share it: a sync's tasks all wait on the job's signal, and a listener
 * each would grow with the number of tasks.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiters: Waiter[] = [];
  private readonly listeners = new Map<AbortSignal, { onAbort: () => void; waiting: number }>();

  constructor(readonly limit: number) {}

  get running(): number {
    return this.active;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.limit) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject, signal });
      if (signal) this.listen(signal);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (!next) {
      this.active -= 1;
      return;
    }
    if (next.signal) this.unlisten(next.signal);
    next.resolve();
  }

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private listen(signal: AbortSignal): void {
    const listener = this.listeners.get(signal);
    if (listener) {
      listener.waiting += 1;
      return;
    }
    const onAbort = () => this.rejectWaitersOf(signal);
    this.listeners.set(signal, { onAbort, waiting: 1 });
    signal.addEventListener('abort', onAbort, { once: true });
  }

  private unlisten(signal: AbortSignal): void {
    const listener = this.listeners.get(signal);
    if (!listener) return;
    listener.waiting -= 1;
    if (listener.waiting > 0) return;
    this.listeners.delete(signal);
    signal.removeEventListener('abort', listener.onAbort);
  }

  private rejectWaitersOf(signal: AbortSignal): void {
    this.listeners.delete(signal);
    const aborted = this.waiters.filter((waiter) => waiter.signal === signal);
    this.waiters.splice(0, this.waiters.length, ...this.waiters.filter((waiter) => waiter.signal !== signal));
    for (const waiter of aborted) waiter.reject(signal.reason);
  }
}
