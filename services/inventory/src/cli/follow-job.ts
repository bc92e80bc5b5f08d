import { setTimeout as sleep } from 'node:timers/promises';
import type { InventoryApi } from '@cloud-inventory/protocol';
import type { InventoryClient } from '../api/inventory-client.js';
import { isFinished } from './format.js';
import { jobProgress, renderProgressLine } from './job-progress.js';
import type { LiveLine } from './live-line.js';

export interface FollowOptions {
  intervalMs: number;
  /** Where the live progress goes; without it, the job is followed silently (a pipe, --json). */
  line?: LiveLine;
  /** Stops following (the caller learnt the outcome otherwise); the last job read is returned. */
  signal?: AbortSignal;
}

/** Polls GetJob until the job finishes, redrawing the progress line after each poll. */
export async function followJob(
  client: InventoryClient,
  jobId: string,
  options: FollowOptions,
): Promise<InventoryApi.Job__Output> {
  // The elapsed time is this process's own: the server's clock may differ from ours.
  const startedAt = Date.now();
  try {
    for (;;) {
      const job = await client.call('GetJob', { job_id: jobId });
      options.line?.show(renderProgressLine(jobProgress(job, Date.now() - startedAt)));
      if (isFinished(job.state) || options.signal?.aborted) return job;
      // An abort only ends the wait early: the next poll reads the job once more and returns it.
      await sleep(options.intervalMs, undefined, { signal: options.signal }).catch(() => undefined);
    }
  } finally {
    options.line?.end();
  }
}
