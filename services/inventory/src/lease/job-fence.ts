import { AsyncLocalStorage } from 'node:async_hooks';
import type { LeaseFence } from '@cloud-inventory/graph-store';

/**
 * The lease fence of the job whose work is running: set once where a job starts, and read by the fenced store at
 * each of the job's writes, however deep in the sync they are made (tasks, cleanup, the orphan sweep, the job record),
 * so that no function between the two passes it along.
 */
const jobFence = new AsyncLocalStorage<LeaseFence>();

export function runFenced<T>(fence: LeaseFence | undefined, work: () => T): T {
  return fence === undefined ? work() : jobFence.run(fence, work);
}

export function currentFence(): LeaseFence | undefined {
  return jobFence.getStore();
}
