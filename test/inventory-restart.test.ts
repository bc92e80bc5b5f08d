import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { SyncJobRecord } from '@cloud-inventory/graph-store';
import { expectedGraph } from './support/expected-graph.js';
import { InventoryHarness } from './support/inventory-harness.js';

const childScript = join(fileURLToPath(new URL('.', import.meta.url)), 'support', 'inventory-child.ts');
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

let harness: InventoryHarness;
let killedJobId: string;
let resourcesBeforeKill: number;
let removedUid: string;
let next: SyncJobRecord;
let resourcesAfterRestart: number;
let isRemovedKeptAfterRestart: boolean;

async function countResources(): Promise<number> {
  const rows = await harness.store.aggregate({ groupBy: [], value: { op: 'count' } });
  return rows[0]?.value ?? 0;
}

/** Runs a sync in a child process and SIGKILLs it as soon as it has stored its first batch; returns the job id. */
async function killChildMidJob(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@cloud-inventory/source', childScript], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...harness.env,
      CHILD_CONFIG: JSON.stringify(harness.config),
      CHILD_STORE_PATH: join(harness.dir, 'inventory.db'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  let jobId = '';
  for await (const line of createInterface({ input: child.stdout })) {
    const entry = JSON.parse(line) as { msg?: string; jobId?: string };
    if (entry.msg === 'batch stored' && entry.jobId) {
      jobId = entry.jobId;
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited).toBe('SIGKILL');
  if (!jobId) throw new Error('the child never stored a batch');
  return jobId;
}

beforeAll(async () => {
  harness = await InventoryHarness.start();
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  const account = harness.sim.mainAccountId;
  const region = harness.sim.regions[0] as string;
  const instance = harness.sim.state.list('instance', { account, region })[0];
  if (!instance) throw new Error('the simulator has no instance');
  harness.sim.state.remove('instance', { account, region }, instance.InstanceId);
  removedUid = `arn:aws:ec2:${region}:${account}:instance/${instance.InstanceId}`;
  resourcesBeforeKill = await countResources();

  // Slow AWS down so that the child is still collecting when it is killed.
  const slow = harness.sim.faults.latency(150);
  // The embedded store serves one process: this one lets go of it while the child runs, and opens it again after the
  // kill (the lock goes with the killed process).
  harness.client.close();
  await harness.inventory.stop();
  await harness.store.close();
  killedJobId = await killChildMidJob();
  slow.remove();
  await harness.store.init();
  await harness.startInventory();
  resourcesAfterRestart = await countResources();
  isRemovedKeptAfterRestart = (await harness.store.getResource(removedUid)) !== undefined;
  next = await harness.inventory.runner.run({ trigger: 'test' });
}, 180_000);

afterAll(async () => {
  await harness?.stop();
});

describe('an inventory killed in the middle of a job and restarted', () => {
  it('marks the interrupted job ABORTED at start-up', async () => {
    expect(harness.inventory.abortedJobIds).toEqual([killedJobId]);
    const job = await harness.client.call('GetJob', { job_id: killedJobId });
    expect(job.state).toBe('ABORTED');
    expect(job.error).toMatch(/nothing was deleted/);
    expect(job.tasks.some((task) => task.state === 'ABORTED')).toBe(true);
    expect(job.tasks.every((task) => task.state !== 'IN_PROGRESS' && task.state !== 'PENDING')).toBe(true);
  });

  it('deleted nothing for the interrupted job', () => {
    expect(resourcesAfterRestart).toBe(resourcesBeforeKill);
    expect(isRemovedKeptAfterRestart).toBe(true);
  });

  it('kept the resource the killed job would have removed until the next whole sync', async () => {
    const changes = await harness.store.listChanges({ syncId: killedJobId, changes: ['deleted'] });
    expect(changes.items).toEqual([]);
    expect(next.state).toBe('SUCCESS');
    expect(await harness.store.getResource(removedUid)).toBeUndefined();
    const deletions = await harness.store.listChanges({ syncId: next.id, changes: ['deleted'] });
    expect(deletions.items.map((change) => change.uid)).toContain(removedUid);
  });

  it('leaves the graph equal to the simulator after the next sync', async () => {
    const account = harness.sim.mainAccountId;
    const rows = await harness.store.aggregate({
      filter: { accounts: [account] },
      groupBy: ['kind'],
      value: { op: 'count' },
    });
    expect(Object.fromEntries(rows.map((row) => [row.group.kind ?? '', row.value]))).toMatchObject(
      (await expectedGraph(harness, account)).kinds,
    );
  });
});
