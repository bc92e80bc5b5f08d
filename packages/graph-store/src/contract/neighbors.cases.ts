import { describe, expect, it } from '@jest/globals';
import type { GraphStore } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, edgeKeys, instance, resource, uidsOf, volume } from './fixtures.js';

export function describeNeighbors(context: ContractContext): void {
  describe('neighbours', () => {
    // vol-1 -attached_to-> i-1 -member_of-> sg-1 -in_vpc-> vpc-1 ; vol-2 -attached_to-> i-1 ; snap-1 -snapshot_of-> vol-1
    const vol1 = volume('vol-1');
    const vol2 = volume('vol-2');
    const ec2 = instance('i-1');
    const sg = resource({ id: 'sg-1', kind: 'aws_ec2_security_group' });
    const vpc = resource({ id: 'vpc-1', kind: 'aws_ec2_vpc' });
    const snap = resource({ id: 'snap-1', kind: 'aws_ec2_snapshot' });
    const edges = [
      edge(vol1, 'attached_to', ec2),
      edge(vol2, 'attached_to', ec2),
      edge(ec2, 'member_of', sg),
      edge(sg, 'in_vpc', vpc),
      edge(snap, 'snapshot_of', vol1),
    ];

    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      await store.writeResources('sync-1', [vol1, vol2, ec2, sg, vpc, snap]);
      await store.writeEdges('sync-1', edges);
      return store;
    }

    it('follows outgoing edges one hop by default and returns the edges it crossed', async () => {
      const store = await seeded();
      const around = await store.neighbors(ec2.uid);
      expect(uidsOf(around.resources)).toEqual([sg.uid]);
      expect(edgeKeys(around.edges)).toEqual(edgeKeys([edge(ec2, 'member_of', sg)]));
      expect(around.resources[0]).toMatchObject({ ...sg, lastSyncId: 'sync-1' });
    });

    it('follows incoming edges, or both directions', async () => {
      const store = await seeded();
      expect(uidsOf((await store.neighbors(ec2.uid, { direction: 'in' })).resources)).toEqual(uidsOf([vol1, vol2]));
      const both = await store.neighbors(ec2.uid, { direction: 'both' });
      expect(uidsOf(both.resources)).toEqual(uidsOf([vol1, vol2, sg]));
      expect(edgeKeys(both.edges)).toEqual(edgeKeys(edges.slice(0, 3)));
    });

    it('follows only the named edge types', async () => {
      const store = await seeded();
      const around = await store.neighbors(vol1.uid, { direction: 'both', edgeTypes: ['snapshot_of'] });
      expect(uidsOf(around.resources)).toEqual([snap.uid]);
    });

    it('reaches further with depth, without returning the start', async () => {
      const store = await seeded();
      const two = await store.neighbors(vol1.uid, { depth: 2 });
      expect(uidsOf(two.resources)).toEqual(uidsOf([ec2, sg]));
      expect(edgeKeys(two.edges)).toEqual(edgeKeys([edge(vol1, 'attached_to', ec2), edge(ec2, 'member_of', sg)]));
      const five = await store.neighbors(snap.uid, { depth: 5 });
      expect(uidsOf(five.resources)).toEqual(uidsOf([vol1, ec2, sg, vpc]));
      const wide = await store.neighbors(vol1.uid, { depth: 2, direction: 'both' });
      expect(uidsOf(wide.resources)).toEqual(uidsOf([snap, ec2, vol2, sg]));
    });

    it('rejects a depth out of range and reports a missing start as not found', async () => {
      const store = await seeded();
      for (const depth of [0, 6, 1.5]) {
        await expect(store.neighbors(vol1.uid, { depth })).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          field: 'query.depth',
        });
      }
      await expect(store.neighbors('aws:nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.neighbors(vol1.uid, { edgeTypes: ['bad type'] })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'query.edgeTypes[0]',
      });
    });
  });
}
