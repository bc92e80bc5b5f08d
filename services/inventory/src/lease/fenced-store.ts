import { LeaseLostError, type GraphStore, type LeaseFence } from '@cloud-inventory/graph-store';
import { currentFence } from './job-fence.js';

/** What the fenced store asks of the lease keeper. */
export interface FenceGuard {
  /** Whether this process still holds the lease with the fence's token, by its own (conservative) clock. */
  isCurrent(fence: LeaseFence): boolean;
  /** A write was refused by the store: another inventory holds the lease. */
  reportLost(fence: LeaseFence): void;
}

/** The writes that belong to a job, with the position of their fence argument. */
const fenceArgument: Partial<Record<keyof GraphStore, number>> = {
  writeResources: 2,
  writeEdges: 2,
  writeBatch: 2,
  finishSync: 2,
  markOrphaned: 2,
  unmarkOrphaned: 1,
  deleteResources: 2,
  saveJob: 1,
};

/**
 * The store as a job sees it: each of the job's writes carries the job's fence (runFenced), so that the store refuses
 * it once another inventory has taken the lease. A write is also refused here, before it is sent, once this process
 * knows it no longer holds the lease (renewals failed past the TTL, or the lease was taken): a job whose lease is
 * gone writes nothing more, not even its own end. A refusal from the store tells the keeper the lease is lost.
 */
export function fencedStore(store: GraphStore, guard: FenceGuard): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const position = fenceArgument[property as keyof GraphStore];
      if (position === undefined) return value.bind(target);
      return async (...args: unknown[]) => {
        const fence = (args[position] as LeaseFence | undefined) ?? currentFence();
        if (fence === undefined) return value.apply(target, args);
        if (!guard.isCurrent(fence)) throw new LeaseLostError(fence.lease, fence.token, undefined);
        const fencedArgs = [...args];
        fencedArgs[position] = fence;
        try {
          return await value.apply(target, fencedArgs);
        } catch (error) {
          if (error instanceof LeaseLostError) guard.reportLost(fence);
          throw error;
        }
      };
    },
  });
}
