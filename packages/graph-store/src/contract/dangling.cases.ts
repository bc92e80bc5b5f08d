import { describe, expect, it } from '@jest/globals';
import type { EdgeRecord, ResourceRecord, ScopeKey } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, edgeKeys, instance, scopeOf, uidsOf, volume } from './fixtures.js';

/**
 * Dangling edges: edges with an end that is not stored (a snapshot of a volume that no longer exists, an instance
 * launched from a public image). One rule for every store: they are kept, counted nowhere but danglingEdges (and
 * deletedEdges when they go), cleaned like any other edge of their source's scope, and connect when the end arrives.
 */
export function describeDanglingEdges(context: ContractContext): void {
  describe('dangling edges', () => {
    const vol = volume('vol-1');
    const ec2 = instance('i-1');
    const gone = 'aws:111111111111:us-east-1:aws_ec2_snapshot:snap-gone';

    /** A connected edge and two dangling ones (target missing, source missing), written and finished by sync-1. */
    async function seedConnectedAndDangling(restored: ResourceRecord, completeScopes: ScopeKey[]) {
      const store = await context.open();
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [
        edge(vol, 'attached_to', ec2),
        edge(vol, 'from_snapshot', gone),
        edge(gone, 'restores', restored),
      ]);
      await store.finishSync('sync-1', completeScopes);
      return store;
    }

    /** The volume and one edge from it whose target is missing, written and finished by sync-1. */
    async function seedOneDangling(dangling: EdgeRecord) {
      const store = await context.open();
      await store.writeResources('sync-1', [vol]);
      await store.writeEdges('sync-1', [dangling]);
      await store.finishSync('sync-1', [scopeOf(vol)]);
      return store;
    }

    it('counts no dangling edge in countEdges, neighbours or related, whichever end is missing', async () => {
      const store = await seedConnectedAndDangling(ec2, [scopeOf(vol), scopeOf(ec2)]);
      expect(await store.countEdges()).toBe(1);
      expect(await store.countEdges({ types: ['from_snapshot', 'restores'] })).toBe(0);
      expect(await store.countEdges({ from: { kinds: ['aws_ec2_volume'] } })).toBe(1);
      expect(edgeKeys((await store.neighbors(vol.uid)).edges)).toEqual(edgeKeys([edge(vol, 'attached_to', ec2)]));
      expect(edgeKeys((await store.neighbors(ec2.uid, { direction: 'in' })).edges)).toEqual(
        edgeKeys([edge(vol, 'attached_to', ec2)]),
      );
      const related = await store.listResources({
        related: [{ path: [{ direction: 'out', edgeTypes: ['from_snapshot'] }] }],
      });
      expect(related.items).toEqual([]);
    });

    it('lists the edges this sync wrote with an end missing, in (from, type, to) order, with the latest toKind', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [
        { ...edge(vol, 'from_snapshot', gone), toKind: 'aws_ec2_snapshot' },
        edge(gone, 'restores', ec2),
        edge(ec2, 'launched_from', 'ami-public'),
        edge(vol, 'attached_to', ec2),
      ]);
      // Written again without toKind: the one known stays. With another: the latest wins.
      await store.writeEdges('sync-1', [edge(vol, 'from_snapshot', gone)]);
      await store.writeEdges('sync-1', [{ ...edge(ec2, 'launched_from', 'ami-public'), toKind: 'aws_ec2_image' }]);
      await store.writeEdges('sync-1', [{ ...edge(ec2, 'launched_from', 'ami-public'), toKind: 'aws_ec2_ami' }]);
      const result = await store.finishSync('sync-1', []);
      expect(result.danglingEdges).toEqual(
        [
          { ...edge(vol, 'from_snapshot', gone), toKind: 'aws_ec2_snapshot' },
          edge(gone, 'restores', ec2),
          { ...edge(ec2, 'launched_from', 'ami-public'), toKind: 'aws_ec2_ami' },
        ].sort((a, b) => compareKeys([a.from, a.type, a.to], [b.from, b.type, b.to])),
      );
    });

    it('lists only the edges this sync wrote: an older dangling edge outside the complete scopes is kept, unlisted', async () => {
      const store = await seedOneDangling(edge(vol, 'from_snapshot', gone));
      await store.writeResources('sync-2', [vol]);
      const second = await store.finishSync('sync-2', []);
      expect(second).toMatchObject({ deleted: 0, deletedEdges: 0, danglingEdges: [] });
      // Still stored: the target arriving connects it.
      await store.writeResources('sync-3', [volume('snap-gone', { uid: gone })]);
      expect(await store.countEdges()).toBe(1);
    });

    it('deletes a dangling edge not seen again when its source scope is complete, and counts it in deletedEdges', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [vol]);
      await store.writeEdges('sync-1', [edge(vol, 'from_snapshot', gone), edge(vol, 'launched_from', 'ami-1')]);
      await store.finishSync('sync-1', [scopeOf(vol)]);
      await store.writeResources('sync-2', [vol]);
      await store.writeEdges('sync-2', [edge(vol, 'launched_from', 'ami-1')]);
      const second = await store.finishSync('sync-2', [scopeOf(vol)]);
      expect(second.deletedEdges).toBe(1);
      expect(edgeKeys(second.danglingEdges)).toEqual(edgeKeys([edge(vol, 'launched_from', 'ami-1')]));
      await store.writeResources('sync-3', [volume('snap-gone', { uid: gone })]);
      expect(await store.countEdges()).toBe(0);
    });

    it('deletes the dangling edges of a removed source with it, each counted once', async () => {
      const store = await context.open();
      const other = volume('vol-2');
      await store.writeResources('sync-1', [vol, other, ec2]);
      await store.writeEdges('sync-1', [
        edge(other, 'from_snapshot', gone),
        edge(other, 'attached_to', ec2),
        edge(gone, 'restores', other),
      ]);
      await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2)]);
      await store.writeResources('sync-2', [vol, ec2]);
      const second = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2)]);
      expect(second).toMatchObject({ deleted: 1, deletedEdges: 3, danglingEdges: [] });
      await store.writeResources('sync-3', [other, volume('snap-gone', { uid: gone })]);
      expect(await store.countEdges()).toBe(0);
    });

    it('connects a dangling edge when its target arrives in a later sync, without the edge being written again', async () => {
      const store = await seedOneDangling(edge(vol, 'attached_to', ec2));
      await store.writeResources('sync-2', [ec2]);
      const second = await store.finishSync('sync-2', [scopeOf(ec2)]);
      expect(second).toMatchObject({ deleted: 0, deletedEdges: 0, danglingEdges: [] });
      expect(await store.countEdges()).toBe(1);
      expect(uidsOf((await store.neighbors(ec2.uid, { direction: 'in' })).resources)).toEqual([vol.uid]);
    });

    it('makes a connected edge dangling again when its target goes, if this sync wrote it; it connects on return', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2)]);
      await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2)]);
      await store.writeResources('sync-2', [vol]);
      await store.writeEdges('sync-2', [edge(vol, 'attached_to', ec2)]);
      const second = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2)]);
      expect(second).toMatchObject({ deleted: 1, deletedEdges: 0 });
      expect(edgeKeys(second.danglingEdges)).toEqual(edgeKeys([edge(vol, 'attached_to', ec2)]));
      expect(await store.countEdges()).toBe(0);
      await store.writeResources('sync-3', [vol, ec2]);
      await store.writeEdges('sync-3', [edge(vol, 'attached_to', ec2)]);
      const third = await store.finishSync('sync-3', [scopeOf(vol), scopeOf(ec2)]);
      expect(third).toMatchObject({ deleted: 0, deletedEdges: 0, danglingEdges: [] });
      expect(await store.countEdges()).toBe(1);
    });

    it('deletes with a purged resource every edge touching it, connected or dangling, and counts each', async () => {
      const store = await seedConnectedAndDangling(vol, []);
      const purged = await store.deleteResources('purge-1', { accounts: [vol.account], kinds: [vol.kind] });
      expect(purged).toMatchObject({ deleted: 1, deletedEdges: 3 });
      await store.writeResources('sync-2', [vol, volume('snap-gone', { uid: gone })]);
      expect(await store.countEdges()).toBe(0);
    });
  });
}

function compareKeys(a: string[], b: string[]): number {
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return a[index]! < b[index]! ? -1 : 1;
  }
  return 0;
}
