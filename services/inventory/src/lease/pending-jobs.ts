import type { GraphStore, SyncJobRecord } from '@cloud-inventory/graph-store';
import type { Logger } from 'pino';

const finished = new Set(['SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED']);

/**
 * Resolves with the stored record once the job has finished, reading it every `intervalMs`; a read that fails is
 * tried again at the next one. Rejects when `signal` aborts (the inventory stops). Its timer keeps no process alive,
 * and a rejection nobody awaits is not an unhandled one (StartSync on a standby returns without awaiting it).
 */
export function waitForJob(
  store: GraphStore,
  jobId: string,
  intervalMs: number,
  signal: AbortSignal,
): Promise<SyncJobRecord> {
  const waiting = (async () => {
    for (;;) {
      signal.throwIfAborted();
      const job = await store.getJob(jobId).catch(() => undefined);
      if (job && finished.has(job.state)) return job;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        timer.unref();
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  })();
  waiting.catch(() => undefined);
  return waiting;
}

export interface PendingJobPollerOptions {
  store: GraphStore;
  /** Whether this process holds the lease now. */
  isHolding: () => boolean;
  takeUp: (job: SyncJobRecord) => Promise<void>;
  intervalMs: number;
  logger: Logger;
}

/**
 * On the lease holder: runs the jobs the other inventories recorded PENDING (StartSync on a standby), oldest first,
 * reading them every intervalMs and at once when the lease is taken. One pass at a time, so that a job being taken up
 * is never taken up twice.
 */
export class PendingJobPoller {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> = Promise.resolve();
  private isStopped = false;

  constructor(private readonly options: PendingJobPollerOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** A pass now (the lease was just taken), after the one running, if any. */
  kick(): void {
    clearTimeout(this.timer);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }

  private schedule(delayMs: number): void {
    if (this.isStopped) return;
    // One timer at a time, whoever schedules (a kick, the end of a pass).
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.pass = this.pass
        .then(() => this.takeUpPending())
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'pending jobs not read; retried'))
        .finally(() => this.schedule(this.options.intervalMs));
    }, delayMs);
  }

  private async takeUpPending(): Promise<void> {
    if (!this.options.isHolding()) return;
    const page = await this.options.store.listJobs({ states: ['PENDING'] }, { limit: 100 });
    for (const job of page.items.reverse()) {
      if (this.isStopped || !this.options.isHolding()) return;
      await this.options.takeUp(job);
    }
  }
}
