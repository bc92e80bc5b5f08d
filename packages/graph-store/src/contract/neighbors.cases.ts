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
      expect(around.truncated).toBe(false);
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

    it('reports an edge once when following both directions over several hops', async () => {
      const store = await seeded();
      const wide = await store.neighbors(ec2.uid, { depth: 3, direction: 'both' });
      expect(uidsOf(wide.resources)).toEqual(uidsOf([vol1, vol2, sg, vpc, snap]));
      expect(wide.edges.map((item) => `${item.from} -${item.type}-> ${item.to}`)).toEqual(
        expect.arrayContaining(edgeKeys(edges)),
      );
      expect(wide.edges).toHaveLength(edges.length);
      expect(wide.truncated).toBe(false);
    });

    describe('with a limit', () => {
      // hub <-in_vpc- spoke-00..spoke-11 ; each spoke <-attached_to- its leaf
      const hub = resource({ id: 'vpc-hub', kind: 'aws_ec2_vpc' });
      const spokes = Array.from({ length: 12 }, (_, index) => instance(`i-spoke-${String(index).padStart(2, '0')}`));
      const leaves = spokes.map((spoke) => volume(`vol-of-${spoke.id}`));
      const starEdges = [
        ...spokes.map((spoke) => edge(spoke, 'in_vpc', hub)),
        ...spokes.map((spoke, index) => edge(leaves[index]!, 'attached_to', spoke)),
      ];

      async function star(): Promise<GraphStore> {
        const store = await context.open();
        await store.writeResources('sync-1', [hub, ...spokes, ...leaves]);
        await store.writeEdges('sync-1', starEdges);
        return store;
      }

      it('returns at most limit resources, by uid, with the edges among them, and says the result was cut', async () => {
        const store = await star();
        const cut = await store.neighbors(hub.uid, { direction: 'in', limit: 5 });
        const firstFive = uidsOf(spokes).slice(0, 5);
        expect(uidsOf(cut.resources)).toEqual(firstFive);
        expect(edgeKeys(cut.edges)).toEqual(edgeKeys(firstFive.map((uid) => edge(uid, 'in_vpc', hub))));
        expect(cut.truncated).toBe(true);

        const exact = await store.neighbors(hub.uid, { direction: 'in', limit: 12 });
        expect(uidsOf(exact.resources)).toEqual(uidsOf(spokes));
        expect(exact.truncated).toBe(false);
      });

      it('keeps nearer hops first when the limit falls inside a farther hop', async () => {
        const store = await star();
        const around = await store.neighbors(hub.uid, { direction: 'in', depth: 2, limit: 15 });
        expect(around.resources).toHaveLength(15);
        expect(uidsOf(around.resources)).toEqual(expect.arrayContaining(uidsOf(spokes)));
        expect(around.edges).toHaveLength(15);
        expect(around.truncated).toBe(true);
        const all = await store.neighbors(hub.uid, { direction: 'in', depth: 2, limit: 24 });
        expect(uidsOf(all.resources)).toEqual(uidsOf([...spokes, ...leaves]));
        expect(edgeKeys(all.edges)).toEqual(edgeKeys(starEdges));
        expect(all.truncated).toBe(false);
      });

      it('returns 100 resources by default', async () => {
        const store = await context.open();
        const many = Array.from({ length: 101 }, (_, index) => volume(`vol-${String(index).padStart(3, '0')}`));
        await store.writeResources('sync-1', [hub, ...many]);
        await store.writeEdges(
          'sync-1',
          many.map((item) => edge(item, 'in_vpc', hub)),
        );
        const around = await store.neighbors(hub.uid, { direction: 'in' });
        expect(uidsOf(around.resources)).toEqual(uidsOf(many).slice(0, 100));
        expect(around.truncated).toBe(true);
      });

      it('returns at most 4 edges per resource', async () => {
        const store = await context.open();
        const other = instance('i-1');
        const types = ['a_type', 'b_type', 'c_type', 'd_type', 'e_type'];
        await store.writeResources('sync-1', [hub, other]);
        await store.writeEdges(
          'sync-1',
          types.map((type) => edge(hub, type, other)),
        );
        const cut = await store.neighbors(hub.uid, { limit: 1 });
        expect(uidsOf(cut.resources)).toEqual([other.uid]);
        expect(cut.edges.map((item) => item.type)).toEqual(types.slice(0, 4));
        expect(cut.truncated).toBe(true);
        expect((await store.neighbors(hub.uid, { limit: 2 })).truncated).toBe(false);
      });

      it('rejects a limit out of range', async () => {
        const store = await star();
        for (const limit of [0, 1001, 2.5]) {
          await expect(store.neighbors(hub.uid, { limit })).rejects.toMatchObject({
            code: 'INVALID_ARGUMENT',
            field: 'query.limit',
          });
        }
      });
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
