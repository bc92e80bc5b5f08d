import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { InventoryHarness } from './support/inventory-harness.js';

let harness: InventoryHarness;
let whileRunning: InventoryApi.Job__Output | undefined;
let finished: InventoryApi.Job__Output;

const stored = (counts: InventoryApi.ResourceCounts__Output | null | undefined) =>
  (counts?.created ?? 0) + (counts?.updated ?? 0) + (counts?.unchanged ?? 0);

beforeAll(async () => {
  harness = await InventoryHarness.start();
  // Every EC2 task stores its fast kinds at once, then waits for its snapshots: a sync of several seconds whose
  // counts can only be seen moving if they are saved as batches are stored.
  harness.sim.faults.latency(4000, { operation: 'DescribeSnapshots' });
  const started = await harness.client.call('StartSync', {});
  const jobId = started.job?.job_id ?? '';
  for (;;) {
    const job = await harness.client.call('GetJob', { job_id: jobId });
    if (job.state !== 'IN_PROGRESS' && job.state !== 'PENDING') {
      finished = job;
      break;
    }
    // The first look at which a task still running shows what it stored: a task that finished saves its counts at
    // once, a running one at most once a second, so an earlier look may show only finished tasks' counts.
    const runningWithCounts = job.tasks.some((task) => task.state === 'IN_PROGRESS' && stored(task.counts) > 0);
    if (whileRunning === undefined && stored(job.counts) > 0 && runningWithCounts) whileRunning = job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('GetJob during a sync', () => {
  it('shows the counts of the batches stored so far, before the job ends', () => {
    expect(whileRunning?.state).toBe('IN_PROGRESS');
    expect(whileRunning?.counts?.created).toBeGreaterThan(0);
    const running = whileRunning?.tasks.filter((task) => task.state === 'IN_PROGRESS' && stored(task.counts) > 0);
    expect(running?.length).toBeGreaterThan(0);
    expect(stored(whileRunning?.counts)).toBeLessThan(stored(finished.counts));
  });

  it('ends with the counts of every task', () => {
    expect(finished.state).toBe('SUCCESS');
    const created = finished.tasks.reduce((sum, task) => sum + (task.counts?.created ?? 0), 0);
    expect(finished.counts?.created).toBe(created);
  });
});
