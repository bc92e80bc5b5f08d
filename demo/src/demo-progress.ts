import { followJob, InventoryClient, LiveLine } from '@cloud-inventory/inventory';
import type { Logger } from 'pino';
import { summarizeDemoSync, type DemoSummary } from './demo-summary.js';
import type { RunningDemo } from './start-demo.js';

export interface DemoProgressOptions {
  /** Where the live line goes (a terminal's stderr); without it the sync runs silently. */
  write?: (text: string) => void;
  columns?: number;
  /** The API token, when the demo's API requires one. */
  token?: string;
  logger: Logger;
  intervalMs?: number;
}

/**
 * Runs one sync of the demo account and summarises it; on a terminal, shows the same live progress line as
 * `cloud-inventory sync`, polling GetJob on the demo's own API.
 */
export async function syncDemo(demo: RunningDemo, options: DemoProgressOptions): Promise<DemoSummary> {
  const { job, done } = await demo.inventory.runner.start({ trigger: 'demo' });
  const { write } = options;
  if (!write) return summarizeDemoSync(await done, demo.store);
  const client = new InventoryClient(demo.apiAddress, options.token ? { token: options.token } : {});
  const stop = new AbortController();
  const following = followJob(client, job.id, {
    intervalMs: options.intervalMs ?? 250,
    line: new LiveLine(write, options.columns),
    signal: stop.signal,
  }).catch((error: unknown) => {
    // The line only shows progress: when it cannot (the API went away), the sync and its summary go on without it.
    options.logger.warn({ err: error }, 'progress line stopped');
  });
  try {
    return summarizeDemoSync(await done, demo.store);
  } finally {
    stop.abort();
    await following;
    client.close();
  }
}
