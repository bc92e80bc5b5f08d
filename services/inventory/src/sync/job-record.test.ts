import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteGraphStore, type SyncJobRecord, type SyncTaskRecord } from '@cloud-inventory/graph-store';
import { emptyCounts, JobRecorder } from './job-record.js';

describe('JobRecorder', () => {
  let dir: string;
  let store: SqliteGraphStore;
  let saves: number;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'job-record-'));
    store = new SqliteGraphStore({ path: join(dir, 'inventory.db') });
    await store.init();
    saves = 0;
    const saveJob = store.saveJob.bind(store);
    store.saveJob = (job, fence) => {
      saves++;
      return saveJob(job, fence);
    };
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  function task(id: string, state: 'SUCCESS' | 'IN_PROGRESS'): SyncTaskRecord {
    return {
      id,
      account: 'a',
      type: 'CLOUD_SERVICE',
      service: 'ec2',
      region: 'us-east-1',
      state,
      counts: emptyCounts(),
    };
  }

  function newJob(): SyncJobRecord {
    return {
      id: 'job-1',
      state: 'IN_PROGRESS',
      trigger: 'test',
      accounts: ['a'],
      createdAt: new Date().toISOString(),
      counts: emptyCounts(),
      tasks: [],
    };
  }

  it('writes the task changes of an interval as one save, holding the last change', async () => {
    const recorder = new JobRecorder(store, newJob(), { intervalMs: 300, onFailure: () => undefined });
    await recorder.save();
    expect(saves).toBe(1);
    // Tasks end one after another, each in its own turn of the event loop, as a job's do.
    for (let index = 0; index < 200; index++) {
      recorder.addTask(task(`a/${index}`, 'SUCCESS'));
      recorder.saveInBackground();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(saves).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(saves).toBeLessThanOrEqual(3);
    expect((await store.getJob('job-1'))?.tasks).toHaveLength(200);
  });

  it('saves a lone change at once when the last save is older than the interval', async () => {
    const recorder = new JobRecorder(store, newJob(), { intervalMs: 50, onFailure: () => undefined });
    await recorder.save();
    await new Promise((resolve) => setTimeout(resolve, 60));
    recorder.addTask({
      id: 'a/0',
      account: 'a',
      type: 'REGION',
      service: '',
      region: 'global',
      state: 'IN_PROGRESS',
      counts: emptyCounts(),
    });
    recorder.saveInBackground();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(saves).toBe(2);
    expect((await store.getJob('job-1'))?.tasks.map((task) => task.state)).toEqual(['IN_PROGRESS']);
  });

  it('lets an awaited save carry the changes waiting for the interval', async () => {
    const recorder = new JobRecorder(store, newJob(), { intervalMs: 10_000, onFailure: () => undefined });
    await recorder.save();
    recorder.addTask({
      id: 'a/0',
      account: 'a',
      type: 'REGION',
      service: '',
      region: 'global',
      state: 'SUCCESS',
      counts: emptyCounts(),
    });
    recorder.saveInBackground();
    await recorder.update(() => (recorder.job.state = 'SUCCESS'));
    expect(saves).toBe(2);
    expect((await store.getJob('job-1'))?.tasks).toHaveLength(1);
  });
});
