import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { InventoryHarness } from './support/inventory-harness.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

let harness: InventoryHarness;
let removedUid: string;

beforeAll(async () => {
  harness = await InventoryHarness.start({ config: { concurrency: { total: 2, perAccount: 1 } } });
  expect((await harness.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  const account = harness.sim.mainAccountId;
  const region = harness.sim.regions[0] as string;
  const instance = harness.sim.state.list('instance', { account, region })[0];
  if (!instance) throw new Error('the simulator has no instance');
  harness.sim.state.remove('instance', { account, region }, instance.InstanceId);
  removedUid = `arn:aws:ec2:${region}:${account}:instance/${instance.InstanceId}`;
}, 120_000);

afterAll(async () => {
  await harness?.stop();
});

describe('sync jobs through the API', () => {
  it('runs one task of an account at a time when perAccount is 1', async () => {
    const jobs = await harness.client.call('ListJobs', { states: ['SUCCESS'] });
    const tasks = (jobs.jobs[0]?.tasks ?? []).filter((task) => task.type !== 'GET_TASKS');
    const spans = tasks
      .map((task) => [Date.parse(task.started_at), Date.parse(task.finished_at)] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(spans.length).toBeGreaterThan(2);
    for (let index = 1; index < spans.length; index += 1) {
      expect((spans[index] as readonly [number, number])[0]).toBeGreaterThanOrEqual(
        (spans[index - 1] as readonly [number, number])[1],
      );
    }
  });

  it('refuses a second sync of an account already syncing, then cancels the running one without deleting', async () => {
    const slow = harness.sim.faults.latency(200);
    try {
      const started = await harness.client.call('StartSync', { accounts: ['main'] });
      const jobId = started.job?.job_id ?? '';
      expect(['PENDING', 'IN_PROGRESS']).toContain(started.job?.state);

      const overlap = await grpcErrorOf(harness.client.call('StartSync', {}));
      expect(overlap.code).toBe(status.FAILED_PRECONDITION);
      expect(overlap.details).toContain('a sync is already running for account(s) main');

      const canceled = await harness.client.call('CancelJob', { job_id: jobId });
      expect(canceled.state).toBe('CANCELED');
      expect(canceled.counts?.deleted).toBe(0);
      expect(canceled.tasks.every((task) => ['SUCCESS', 'CANCELED', 'FAILURE'].includes(task.state))).toBe(true);
      expect(await harness.store.getResource(removedUid)).toBeDefined();

      const again = await grpcErrorOf(harness.client.call('CancelJob', { job_id: jobId }));
      expect(again.code).toBe(status.FAILED_PRECONDITION);
    } finally {
      slow.remove();
    }
  });

  it('starts a sync of chosen services and regions only, and cleans up only what it collected', async () => {
    const region = harness.sim.regions[0] as string;
    const started = await harness.client.call('StartSync', {
      accounts: ['main'],
      services: ['ec2'],
      regions: [region],
    });
    const jobId = started.job?.job_id ?? '';
    let job = await harness.client.call('GetJob', { job_id: jobId });
    for (let polls = 0; polls < 600 && !['SUCCESS', 'FAILURE', 'CANCELED'].includes(job.state); polls += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await harness.client.call('GetJob', { job_id: jobId });
    }
    expect(job.state).toBe('SUCCESS');
    const collected = job.tasks.filter((task) => task.type === 'CLOUD_SERVICE');
    expect(collected.length).toBeGreaterThan(0);
    expect(collected.every((task) => task.service === 'ec2' && task.region === region)).toBe(true);
    expect(await harness.store.getResource(removedUid)).toBeUndefined();
    const buckets = await harness.store.listResources({ kinds: ['aws_s3_bucket'] }, { limit: 100 });
    expect(buckets.items.every((bucket) => bucket.lastSyncId !== jobId)).toBe(true);
    expect(buckets.items.length).toBeGreaterThan(0);
  });

  it('fails an account whose credentials reach another account than its configured id, deleting nothing', async () => {
    const account = harness.config.accounts[0];
    if (!account) throw new Error('no account');
    const configuredId = account.id;
    account.id = '000000000000';
    try {
      const job = await harness.inventory.runner.run({ trigger: 'test' });
      expect(job.state).toBe('FAILURE');
      expect(job.tasks).toHaveLength(1);
      expect(job.tasks[0]?.error).toBe(
        `the credentials reach account ${harness.sim.mainAccountId}, not the configured 000000000000`,
      );
      expect(job.counts.deleted).toBe(0);
    } finally {
      account.id = configuredId;
    }
  });
});
