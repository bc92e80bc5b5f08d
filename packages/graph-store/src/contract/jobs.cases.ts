import { describe, expect, it } from '@jest/globals';
import type { SyncJobRecord } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';

const noCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 };

export function job(id: string, createdAt: string, spec: Partial<SyncJobRecord> = {}): SyncJobRecord {
  return {
    id,
    state: 'PENDING',
    trigger: 'schedule',
    accounts: ['111111111111'],
    createdAt,
    counts: noCounts,
    tasks: [],
    ...spec,
  };
}

export function describeJobs(context: ContractContext): void {
  describe('sync jobs', () => {
    it('saves a job with its tasks and returns it unchanged, then replaces it on a later save', async () => {
      const store = await context.open();
      const pending = job('job-1', '2024-01-01T00:00:00.000Z', {
        trigger: 'api',
        tasks: [
          {
            id: 'task-1',
            account: '111111111111',
            type: 'Volume',
            service: 'ec2',
            region: 'us-east-1',
            state: 'PENDING',
            counts: noCounts,
          },
        ],
      });
      await store.saveJob(pending);
      expect(await store.getJob('job-1')).toEqual(pending);
      const done: SyncJobRecord = {
        ...pending,
        state: 'FAILURE',
        startedAt: '2024-01-01T00:00:01.000Z',
        finishedAt: '2024-01-01T00:00:09.000Z',
        error: 'task-1 failed: AccessDenied',
        counts: { ...noCounts, created: 3, failed: 1 },
        tasks: [{ ...pending.tasks[0]!, state: 'FAILURE', error: 'AccessDenied', counts: { ...noCounts, failed: 1 } }],
      };
      await store.saveJob(done);
      expect(await store.getJob('job-1')).toEqual(done);
      expect(await store.getJob('job-404')).toBeUndefined();
    });

    it('lists jobs newest first, filtered by state and account, in pages', async () => {
      const store = await context.open();
      await store.saveJob(job('job-a', '2024-01-01T00:00:00.000Z', { state: 'SUCCESS' }));
      await store.saveJob(job('job-c', '2024-01-03T00:00:00.000Z', { state: 'FAILURE', accounts: ['222222222222'] }));
      await store.saveJob(
        job('job-b', '2024-01-02T00:00:00.000Z', { state: 'SUCCESS', accounts: ['111111111111', '222222222222'] }),
      );
      const ids = async (query: Parameters<typeof store.listJobs>[0]) =>
        (await store.listJobs(query)).items.map((item) => item.id);
      expect(await ids({})).toEqual(['job-c', 'job-b', 'job-a']);
      expect(await ids({ states: ['SUCCESS'] })).toEqual(['job-b', 'job-a']);
      expect(await ids({ account: '222222222222' })).toEqual(['job-c', 'job-b']);
      expect(await ids({ states: ['SUCCESS'], account: '222222222222' })).toEqual(['job-b']);
      const first = await store.listJobs({}, { limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual(['job-c', 'job-b']);
      const second = await store.listJobs(
        {},
        { limit: 2, ...(first.nextPageToken ? { pageToken: first.nextPageToken } : {}) },
      );
      expect(second.items.map((item) => item.id)).toEqual(['job-a']);
      expect(second.nextPageToken).toBeUndefined();
    });
  });
}
