import { describe, expect, it } from '@jest/globals';
import { TaskCounts } from './task-counts.js';

describe('task counts over attempts', () => {
  it('are the batches of a single attempt', () => {
    const counts = new TaskCounts();
    counts.startAttempt();
    counts.addBatch({ created: 3, updated: 2, unchanged: 5 }, 1);
    counts.addBatch({ created: 1, updated: 0, unchanged: 4 }, 0);
    expect(counts.total()).toEqual({ created: 4, updated: 2, unchanged: 9, deleted: 0, failed: 1 });
  });

  it('count what one attempt created or updated once, not again as unchanged when the next rewrites it', () => {
    const counts = new TaskCounts();
    counts.startAttempt();
    counts.addBatch({ created: 10, updated: 2, unchanged: 3 }, 1);
    counts.startAttempt();
    // The second attempt finds the first one's 15 unchanged, then collects 20 more.
    counts.addBatch({ created: 0, updated: 0, unchanged: 15 }, 1);
    counts.addBatch({ created: 12, updated: 1, unchanged: 7 }, 0);
    expect(counts.total()).toEqual({ created: 22, updated: 3, unchanged: 10, deleted: 0, failed: 1 });
  });

  it('take the last result of a scope reported by several attempts', () => {
    const counts = new TaskCounts();
    counts.startAttempt();
    counts.setScopeResult('volumes', 7);
    counts.startAttempt();
    counts.setScopeResult('volumes', 0);
    counts.setScopeResult('snapshots', 2);
    expect(counts.total().failed).toBe(2);
  });
});
