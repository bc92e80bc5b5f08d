import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { openGraphStore, type GraphStore, type SyncJobRecord } from '@cloud-inventory/graph-store';
import { parseConfig, startInventory, type InventoryConfig, type RunningInventory } from '@cloud-inventory/inventory';
import { captureLogs, type CapturedLogs } from './support/captured-logs.js';
import { CollectorProcess, type CollectorLogLine } from './support/collector-process.js';
import { simKeyIdVariable, simSecretVariable } from './support/inventory-harness.js';

/**
 * Three real collector processes behind one round-robin address (`ipv4:` with the three), an inventory syncing
 * through them, and one replica SIGKILLed in the middle of a task whose first batches are already stored: the job must
 * end as a sync without the kill does, with each resource counted once. Then the last two die in the middle of a job:
 * its tasks fail after their retries, and nothing is deleted.
 */

/** Every ec2 task waits this long on DescribeSnapshots while its other kinds stream: the window for the kill. */
const slowSnapshotsMs = 1500;
const retries = 2;
const retryBackoffMs = 50;
const retryLine = 'task failed in transport, retrying';

interface Inventory {
  store: GraphStore;
  inventory: RunningInventory;
  logs: CapturedLogs;
}

interface LogLine {
  msg?: string;
  time?: number;
  jobId?: string;
  taskId?: string;
  reason?: string;
}

let sim: AwsSimulator;
let dir: string;
let collectors: CollectorProcess[] = [];
let config: InventoryConfig;
let env: Record<string, string>;
const inventories: Inventory[] = [];
let reference: Inventory;
let failover: Inventory;
let referenceJob: SyncJobRecord;
let failoverJob: SyncJobRecord;
let killed: CollectorProcess;
/** The task (the collector's id) whose stream was cut after the inventory stored some of its batches. */
let cutTaskId: string;

/** Resolves once `predicate` returns a value, checking every 20 ms; rejects naming `what` after `timeoutMs`. */
async function until<T>(what: string, timeoutMs: number, predicate: () => T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function startOne(name: string): Promise<Inventory> {
  const logs = captureLogs();
  const store = await openGraphStore({ kind: 'sqlite', path: join(dir, `${name}.db`) });
  const inventory = await startInventory(config, {
    store,
    logger: logs.logger,
    env,
    api: false,
    schedule: false,
    metricsEndpoint: false,
  });
  const started = { store, inventory, logs };
  inventories.push(started);
  return started;
}

function logLines(logs: CapturedLogs): LogLine[] {
  return logs.lines.map((line) => JSON.parse(line) as LogLine);
}

function retryLines(logs: CapturedLogs, jobId: string): LogLine[] {
  return logLines(logs).filter((line) => line.msg === retryLine && line.jobId === jobId);
}

function isTaskLine(line: CollectorLogLine, msg: string, jobId: string, taskId?: string): boolean {
  return line.msg === msg && line.jobId === jobId && (taskId === undefined || line.taskId === taskId);
}

async function storedUids(store: GraphStore): Promise<string[]> {
  const uids: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.listResources({}, { limit: 1000, ...(pageToken ? { pageToken } : {}) });
    uids.push(...page.items.map((resource) => resource.uid));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return uids.sort();
}

async function retriesMetric(inventory: RunningInventory): Promise<number> {
  const metric = await inventory.metrics.registry.getSingleMetric('inventory_sync_task_retries_total')?.get();
  return (metric?.values ?? []).reduce((total, sample) => total + sample.value, 0);
}

function durationMs(record: { startedAt?: string; finishedAt?: string } | undefined): number {
  return Date.parse(record?.finishedAt ?? '') - Date.parse(record?.startedAt ?? '');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'collector-failover-'));
  // Two regions: about 60 tasks, enough to keep every replica busy, and a shorter test than three.
  sim = await startAwsSimulator({ seed: 11, size: 'tiny', regions: ['us-east-1', 'eu-west-1'] });
  collectors = [0, 1, 2].map(() => CollectorProcess.spawn({ allowedEndpoints: [sim.endpoint] }));
  await Promise.all(collectors.map((collector) => collector.ready()));
  env = { [simKeyIdVariable]: sim.credentials.accessKeyId, [simSecretVariable]: sim.credentials.secretAccessKey };
  config = parseConfig({
    // The form a user without DNS writes: round robin over the listed addresses, as dns:/// does over a name's.
    collector: { address: `ipv4:${collectors.map((collector) => collector.address).join(',')}` },
    accounts: [
      {
        name: 'main',
        id: sim.mainAccountId,
        credentials: { type: 'static', accessKeyIdEnv: simKeyIdVariable, secretAccessKeyEnv: simSecretVariable },
        endpointUrl: sim.endpoint,
      },
    ],
    api: { port: 0 },
    metrics: { enabled: false },
    schedule: { enabled: false },
    task: { retries, retryBackoffMs, deadlineSeconds: 60 },
  });
  // A first sync into a store of its own: the reference and the failover then both run on warm replicas (a replica's
  // first tasks load their AWS SDK clients), so that their durations compare.
  const warmUp = await startOne('warm-up');
  expect((await warmUp.inventory.runner.run({ trigger: 'test' })).state).toBe('SUCCESS');
  sim.faults.latency(slowSnapshotsMs, { operation: 'DescribeSnapshots' });

  reference = await startOne('reference');
  referenceJob = await reference.inventory.runner.run({ trigger: 'test' });

  failover = await startOne('failover');
  const started = await failover.inventory.runner.start({ trigger: 'test' });
  const jobId = started.job.id;
  // The victim: a replica streaming an ec2 task of this job (held up by the slow snapshots) of which the inventory
  // has already stored a batch, so that the kill cuts a stream that was partly written.
  const victim = await until('an ec2 task with a stored batch', 30_000, () => {
    const stored = new Set(
      logLines(failover.logs)
        .filter((line) => line.msg === 'batch stored')
        .map((line) => line.taskId),
    );
    for (const collector of collectors) {
      const running = collector.lines.find(
        (line) =>
          isTaskLine(line, 'task started', jobId) &&
          line.service === 'ec2' &&
          !collector.lines.some((other) => isTaskLine(other, 'task finished', jobId, line.taskId)) &&
          stored.has(`main/${line.taskId}`),
      );
      if (running) return { collector, taskId: String(running.taskId) };
    }
    return undefined;
  });
  killed = victim.collector;
  cutTaskId = victim.taskId;
  const killedAt = Date.now();
  await killed.kill();
  failoverJob = await started.done;
  const doneAt = Date.now();

  // The figures of the README's Scaling section.
  const [firstRetry] = retryLines(failover.logs, jobId);
  const restarted = await Promise.any(
    collectors
      .filter((collector) => collector !== killed)
      .map((collector) => collector.waitFor((line) => isTaskLine(line, 'task started', jobId, cutTaskId), 10_000)),
  );
  const cutTaskMs = (job: SyncJobRecord) => durationMs(job.tasks.find((task) => task.id === `main/${cutTaskId}`));
  const figures = {
    referenceSyncMs: durationMs(referenceJob),
    failoverSyncMs: durationMs(failoverJob),
    killToJobDoneMs: doneAt - killedAt,
    killToFirstRetryMs: (firstRetry?.time ?? Number.NaN) - killedAt,
    killToCutTaskRestartedMs: Number(restarted.time) - killedAt,
    cutTask: { id: cutTaskId, referenceMs: cutTaskMs(referenceJob), failoverMs: cutTaskMs(failoverJob) },
    retries: retryLines(failover.logs, jobId).length,
  };
  process.stderr.write(`collector failover: ${JSON.stringify(figures)}\n`);
}, 120_000);

afterAll(async () => {
  await Promise.all(collectors.map((collector) => collector.kill()));
  for (const each of inventories) {
    await each.inventory.stop();
    await each.store.close();
  }
  await sim?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a collector replica SIGKILLed in the middle of a task', () => {
  it('is survived: the job and every task succeed', () => {
    expect(referenceJob.state).toBe('SUCCESS');
    expect(failoverJob.state).toBe('SUCCESS');
    expect(failoverJob.tasks.filter((task) => task.state !== 'SUCCESS')).toEqual([]);
    expect(failoverJob.tasks.map((task) => task.id).sort()).toEqual(referenceJob.tasks.map((task) => task.id).sort());
  });

  it('retries the cut tasks, each once, each on a surviving replica', async () => {
    const retried = retryLines(failover.logs, failoverJob.id);
    expect(retried.map((line) => line.reason)).toEqual(retried.map(() => expect.stringMatching(/^UNAVAILABLE: /)));
    const retriedTaskIds = retried.map((line) => String(line.taskId));
    expect(retriedTaskIds).toContain(`main/${cutTaskId}`);
    expect(new Set(retriedTaskIds).size).toBe(retriedTaskIds.length);
    const survivors = collectors.filter((collector) => collector !== killed);
    for (const taskId of retriedTaskIds) {
      const collectorTaskId = taskId.replace(/^main\//, '');
      // A replica logs a task's end a moment after the inventory has read it: waited for, not assumed.
      await Promise.any(
        survivors.map((collector) =>
          collector.waitFor((line) => isTaskLine(line, 'task finished', failoverJob.id, collectorTaskId), 10_000),
        ),
      );
      expect(killed.lines.some((line) => isTaskLine(line, 'task finished', failoverJob.id, collectorTaskId))).toBe(
        false,
      );
    }
  });

  it('moves the retries metric, once per retry', async () => {
    expect(await retriesMetric(failover.inventory)).toBe(retryLines(failover.logs, failoverJob.id).length);
    expect(await retriesMetric(reference.inventory)).toBe(0);
  });

  it('counts what the sync without the kill counts, for the job and for every task', () => {
    expect(failoverJob.counts).toEqual(referenceJob.counts);
    expect(failoverJob.counts.created).toBeGreaterThan(0);
    const countsOf = (job: SyncJobRecord) =>
      Object.fromEntries(job.tasks.map((task) => [task.id, task.counts] as const));
    expect(countsOf(failoverJob)).toEqual(countsOf(referenceJob));
  });

  it('stores the same resources and edges as the sync without the kill', async () => {
    const uids = await storedUids(failover.store);
    expect(uids).toEqual(await storedUids(reference.store));
    expect(uids).toHaveLength(referenceJob.counts.created);
    expect(await failover.store.countEdges()).toBe(await reference.store.countEdges());
  });
});

describe('the last two replicas SIGKILLed in the middle of a job', () => {
  let job: SyncJobRecord;
  let removedUid: string;
  let uidsBefore: string[];

  beforeAll(async () => {
    // A resource gone from AWS, which a complete sync would delete.
    const account = sim.mainAccountId;
    const region = sim.regions[0] as string;
    const instance = sim.state.list('instance', { account, region })[0];
    if (!instance) throw new Error('the simulator has no instance');
    sim.state.remove('instance', { account, region }, instance.InstanceId);
    removedUid = `arn:aws:ec2:${region}:${account}:instance/${instance.InstanceId}`;
    uidsBefore = await storedUids(failover.store);
    // Its scope cannot complete before the kill: a scope that did would be cleaned up, rightly, by the failed job.
    sim.faults.latency(10_000, { account, region, operation: 'DescribeInstances' });

    const started = await failover.inventory.runner.start({ trigger: 'test' });
    const survivors = collectors.filter((collector) => collector !== killed);
    await Promise.any(
      survivors.map((collector) =>
        collector.waitFor((line) => isTaskLine(line, 'task started', started.job.id), 30_000),
      ),
    );
    await Promise.all(survivors.map((collector) => collector.kill()));
    job = await started.done;
  }, 60_000);

  it('fails the job, each unfinished task after its retries, with the connection failure', () => {
    expect(job.state).toBe('FAILURE');
    const failed = job.tasks.filter((task) => task.state !== 'SUCCESS');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((task) => [task.id, task.state, task.error])).toEqual(
      failed.map((task) => [
        task.id,
        'FAILURE',
        // The last attempt finds no replica to connect to; one sent as the second replica died is reset instead.
        expect.stringMatching(
          /^UNAVAILABLE: (no connection \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)|read ECONNRESET)$/,
        ),
      ]),
    );
    const retried = retryLines(failover.logs, job.id);
    for (const task of failed) {
      expect({ task: task.id, retries: retried.filter((line) => line.taskId === task.id).length }).toEqual({
        task: task.id,
        retries,
      });
    }
  });

  it('deletes nothing', async () => {
    expect(job.counts.deleted).toBe(0);
    expect((await failover.store.listChanges({ syncId: job.id, changes: ['deleted'] })).items).toEqual([]);
    expect(await storedUids(failover.store)).toEqual(uidsBefore);
    expect(await failover.store.getResource(removedUid)).toBeDefined();
  });
});
