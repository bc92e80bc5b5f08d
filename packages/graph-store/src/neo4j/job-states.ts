import type { JobState } from '../graph-store.js';

const FINISHED: ReadonlySet<unknown> = new Set<JobState>(['SUCCESS', 'FAILURE', 'CANCELED', 'ABORTED']);

/** A job in one of these states has its result: saving it is fenced with the lease's lock. */
export function isFinishedState(state: unknown): boolean {
  return FINISHED.has(state);
}
