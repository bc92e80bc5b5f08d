import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, edgeKeys, instance, scopeOf, uidsOf, volume } from './fixtures.js';

/** writeBatch, a collector's batch of resources and the edges they carry. The Neo4j suite's batch size is 4. */
export function describeBatches(context: ContractContext): void {
  describe('batches of resources and edges', () => {
    it('classifies the resources and connects the edges between them and to resources already there', async () => {
      const store = await context.open();
      const earlier = instance('i-0');
      await store.writeResources('sync-1', [earlier]);
      const [vol, ec2] = [volume('vol-1'), instance('i-1')];
      const result = await store.writeBatch('sync-1', {
        resources: [vol, ec2],
        edges: [{ ...edge(vol, 'attached_to', ec2), toKind: 'aws_ec2_instance' }, edge(vol, 'seen_by', earlier)],
      });
      expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
      expect(uidsOf(result.changes)).toEqual(uidsOf([vol, ec2]));
      expect(await store.countEdges()).toBe(2);
      expect(uidsOf((await store.neighbors(vol.uid)).resources)).toEqual(uidsOf([earlier, ec2]));
      const finished = await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2)]);
      expect(finished.danglingEdges).toEqual([]);
    });

    it('keeps an edge to a resource of a later batch pending until that batch, and reports one that never comes', async () => {
      const store = await context.open();
      const [vol, later, absent] = [volume('vol-1'), instance('i-later'), instance('i-absent')];
      await store.writeBatch('sync-1', {
        resources: [vol],
        edges: [edge(vol, 'attached_to', later), edge(vol, 'attached_to', absent)],
      });
      expect(await store.countEdges()).toBe(0);
      await store.writeBatch('sync-1', { resources: [later], edges: [] });
      expect(await store.countEdges()).toBe(1);
      const finished = await store.finishSync('sync-1', [scopeOf(vol), scopeOf(later)]);
      expect(edgeKeys(finished.danglingEdges)).toEqual(edgeKeys([edge(vol, 'attached_to', absent)]));
    });

    it('writes the same batch again as unchanged, with its edges once', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2s = ['i-1', 'i-2', 'i-3'].map((id) => instance(id));
      const batch = { resources: [vol, ...ec2s], edges: ec2s.map((ec2) => edge(vol, 'attached_to', ec2)) };
      await store.writeBatch('sync-1', batch);
      await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2s[0]!)]);
      const again = await store.writeBatch('sync-2', batch);
      expect(again).toEqual({ created: 0, updated: 0, unchanged: 4, changes: [] });
      const finished = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2s[0]!)]);
      expect(finished).toMatchObject({ deleted: 0, deletedEdges: 0, danglingEdges: [] });
      expect(await store.countEdges()).toBe(3);
      expect((await store.getResource(vol.uid))?.lastSyncId).toBe('sync-2');
    });

    it('writes a batch over the store batch size whole, in its order', async () => {
      const store = await context.open();
      const vols = Array.from({ length: 9 }, (_, index) => volume(`vol-${index}`));
      const ec2 = instance('i-1');
      const result = await store.writeBatch('sync-1', {
        resources: [...vols, ec2, { ...vols[0]!, name: 'renamed' }],
        edges: vols.map((vol) => edge(vol, 'attached_to', ec2)),
      });
      expect(result).toMatchObject({ created: 10, updated: 1, unchanged: 0 });
      expect(await store.countEdges()).toBe(9);
      expect((await store.getResource(vols[0]!.uid))?.name).toBe('renamed');
    });

    it('rejects a batch with an invalid edge and writes none of its resources', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      await expect(
        store.writeBatch('sync-1', { resources: [vol], edges: [{ from: vol.uid, type: '', to: 'x' }] }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field: 'edges[0].type' });
      expect(await store.getResource(vol.uid)).toBeUndefined();
    });
  });
}
