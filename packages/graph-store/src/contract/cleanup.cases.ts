import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, edgeKeys, instance, scopeOf, volume } from './fixtures.js';

export function describeCleanup(context: ContractContext): void {
  describe('scoped cleanup', () => {
    async function seedTwoSyncs() {
      const store = await context.open();
      const [vol1, vol2, ec2] = [volume('vol-1'), volume('vol-2'), instance('i-1')];
      await store.writeResources('sync-1', [vol1, vol2, ec2]);
      await store.writeEdges('sync-1', [edge(vol1, 'attached_to', ec2), edge(vol2, 'attached_to', ec2)]);
      await store.finishSync('sync-1', [scopeOf(vol1), scopeOf(ec2)]);
      await store.writeResources('sync-2', [vol1, ec2]);
      await store.writeEdges('sync-2', [edge(vol1, 'attached_to', ec2)]);
      return { store, vol1, vol2, ec2 };
    }

    it('removes from a complete scope the resources the sync did not see, with their edges', async () => {
      const { store, vol1, vol2, ec2 } = await seedTwoSyncs();
      const result = await store.finishSync('sync-2', [scopeOf(vol1), scopeOf(ec2)]);
      expect(result).toMatchObject({ deleted: 1, deletedEdges: 1, danglingEdges: [] });
      expect(await store.getResource(vol2.uid)).toBeUndefined();
      expect(await store.getResource(vol1.uid)).toBeDefined();
      expect(await store.countEdges()).toBe(1);
    });

    it('keeps every resource and edge of a scope that was not marked complete', async () => {
      const { store, vol2, ec2 } = await seedTwoSyncs();
      const result = await store.finishSync('sync-2', [scopeOf(ec2)]);
      expect(result).toMatchObject({ deleted: 0, deletedEdges: 0 });
      expect(await store.getResource(vol2.uid)).toBeDefined();
      expect(await store.countEdges()).toBe(2);
    });

    it('touches only the exact scope: another account, region, cloud or kind keeps its resources', async () => {
      const store = await context.open();
      const target = volume('vol-1');
      const neighbours = [
        volume('vol-1', { account: '222222222222' }),
        volume('vol-1', { region: 'eu-west-1' }),
        volume('vol-1', { cloud: 'other' }),
        instance('vol-1'),
      ];
      await store.writeResources('sync-1', [target, ...neighbours]);
      const result = await store.finishSync('sync-2', [scopeOf(target)]);
      expect(result.deleted).toBe(1);
      expect(await store.getResource(target.uid)).toBeUndefined();
      for (const kept of neighbours) expect(await store.getResource(kept.uid)).toBeDefined();
    });

    it('records each deletion in the change log under the sync that removed it', async () => {
      const { store, vol1, vol2, ec2 } = await seedTwoSyncs();
      const result = await store.finishSync('sync-2', [scopeOf(vol1), scopeOf(ec2)]);
      const deletion = {
        syncId: 'sync-2',
        uid: vol2.uid,
        kind: 'aws_ec2_volume',
        name: 'vol-2',
        cloud: 'aws',
        account: '111111111111',
        region: 'us-east-1',
        change: 'deleted',
        at: expect.any(String),
      };
      expect(result.changes).toEqual([deletion]);
      const logged = await store.listChanges({ syncId: 'sync-2', changes: ['deleted'] });
      expect(logged.items).toEqual([deletion]);
    });

    it('removes an edge the sync no longer saw even when both of its ends remain', async () => {
      const store = await context.open();
      const [vol, ec2] = [volume('vol-1'), instance('i-1')];
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2)]);
      await store.writeResources('sync-2', [vol, ec2]);
      const result = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2)]);
      expect(result).toMatchObject({ deleted: 0, deletedEdges: 1 });
      expect(await store.countEdges()).toBe(0);
    });

    it('keeps an edge of this sync whose target was removed, and reports it as dangling', async () => {
      const store = await context.open();
      const [vol, ec2] = [volume('vol-1'), instance('i-1')];
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeResources('sync-2', [vol]);
      await store.writeEdges('sync-2', [edge(vol, 'attached_to', ec2)]);
      const result = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2)]);
      expect(result.deleted).toBe(1);
      expect(edgeKeys(result.danglingEdges)).toEqual(edgeKeys([edge(vol, 'attached_to', ec2)]));
    });

    it('removes many unseen resources, more than one cleanup batch holds', async () => {
      const store = await context.open();
      const volumes = Array.from({ length: 57 }, (_, index) => volume(`vol-${String(index).padStart(3, '0')}`));
      await store.writeResources('sync-1', volumes);
      await store.writeEdges(
        'sync-1',
        volumes.slice(1).map((vol, index) => edge(vol, 'snapshot_of', volumes[index] ?? vol)),
      );
      await store.writeResources('sync-2', volumes.slice(0, 2));
      const result = await store.finishSync('sync-2', [scopeOf(volumes[0] ?? volume('x'))]);
      expect(result.deleted).toBe(55);
      expect(result.deletedEdges).toBe(56);
      expect(result.changes).toHaveLength(55);
      expect((await store.listResources({}, { limit: 1000 })).items).toHaveLength(2);
    });

    it('deletes nothing when no scope is complete', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [volume('vol-1'), instance('i-1')]);
      const result = await store.finishSync('sync-2', []);
      expect(result).toEqual({ deleted: 0, deletedEdges: 0, changes: [], danglingEdges: [] });
      expect((await store.listResources({})).items).toHaveLength(2);
    });
  });
}
