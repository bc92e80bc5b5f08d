import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, instance, scopeOf, volume } from './fixtures.js';
import { job } from './jobs.cases.js';

export function describeReopen(context: ContractContext): void {
  const reopen = context.reopen;
  const maybe = reopen ? describe : describe.skip;
  maybe('a reopened store', () => {
    it('keeps resources, edges, the change log, jobs and content hashes', async () => {
      const store = await context.open();
      const [vol, ec2] = [volume('vol-1', { tags: { Env: 'prod' }, data: { Size: 8 } }), instance('i-1')];
      await store.writeResources('sync-1', [vol, ec2, volume('vol-gone')]);
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2)]);
      await store.finishSync('sync-1', [scopeOf(vol)]);
      await store.writeResources('sync-2', [vol, ec2]);
      await store.writeEdges('sync-2', [edge(vol, 'attached_to', ec2)]);
      await store.finishSync('sync-2', [scopeOf(vol)]);
      await store.saveJob(job('job-1', '2024-01-01T00:00:00.000Z'));
      const before = {
        resources: (await store.listResources({})).items,
        changes: (await store.listChanges({})).items,
      };

      const reopened = await reopen!(store);
      expect((await reopened.listResources({})).items).toEqual(before.resources);
      expect((await reopened.listChanges({})).items).toEqual(before.changes);
      expect(before.changes).toHaveLength(4);
      expect(await reopened.countEdges()).toBe(1);
      expect(await reopened.getJob('job-1')).toEqual(job('job-1', '2024-01-01T00:00:00.000Z'));
      expect(await reopened.writeResources('sync-3', [vol, ec2])).toMatchObject({ unchanged: 2 });
    });
  });
}
