import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, edgeKeys, instance, scopeOf, uidsOf, volume } from './fixtures.js';

export function describeEdges(context: ContractContext): void {
  describe('edges across load order', () => {
    it('connects an edge written before its target once the target arrives later in the same sync', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2 = instance('i-1', { region: 'eu-west-1' });
      await store.writeResources('sync-1', [vol]);
      await store.writeEdges('sync-1', [{ ...edge(vol, 'attached_to', ec2), toKind: 'aws_ec2_instance' }]);
      expect(await store.countEdges()).toBe(0);
      await store.writeResources('sync-1', [ec2]);
      const result = await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2)]);
      expect(result.danglingEdges).toEqual([]);
      expect(await store.countEdges()).toBe(1);
      const around = await store.neighbors(vol.uid);
      expect(uidsOf(around.resources)).toEqual([ec2.uid]);
      expect(edgeKeys(around.edges)).toEqual(edgeKeys([edge(vol, 'attached_to', ec2)]));
    });

    it('connects an edge written before both of its ends', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2 = instance('i-1');
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2)]);
      await store.writeResources('sync-1', [ec2]);
      await store.writeResources('sync-1', [vol]);
      const result = await store.finishSync('sync-1', []);
      expect(result.danglingEdges).toEqual([]);
      expect(uidsOf((await store.neighbors(ec2.uid, { direction: 'in' })).resources)).toEqual([vol.uid]);
    });

    it('reports an edge whose target never arrives as dangling, keeps it, and connects it when the target comes', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2 = instance('i-404');
      await store.writeResources('sync-1', [vol]);
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2)]);
      const first = await store.finishSync('sync-1', [scopeOf(vol), scopeOf(ec2)]);
      expect(edgeKeys(first.danglingEdges)).toEqual(edgeKeys([edge(vol, 'attached_to', ec2)]));
      expect(first.deletedEdges).toBe(0);
      expect(await store.countEdges()).toBe(0);

      await store.writeResources('sync-2', [vol, ec2]);
      await store.writeEdges('sync-2', [edge(vol, 'attached_to', ec2)]);
      const second = await store.finishSync('sync-2', [scopeOf(vol), scopeOf(ec2)]);
      expect(second.danglingEdges).toEqual([]);
      expect(await store.countEdges()).toBe(1);
    });

    it('keys edges by (from, type, to): two types between the same pair are two edges', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2 = instance('i-1');
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [
        edge(vol, 'attached_to', ec2),
        edge(vol, 'boots', ec2),
        edge(ec2, 'uses', vol),
      ]);
      expect(await store.countEdges()).toBe(3);
      expect(await store.countEdges({ types: ['attached_to', 'uses'] })).toBe(2);
    });

    it('counts only the edges whose source matches a resource filter, with or without types', async () => {
      const store = await context.open();
      const vol = volume('vol-1', { region: 'eu-west-1' });
      const ec2 = instance('i-1');
      const other = instance('i-2', { account: '222222222222' });
      await store.writeResources('sync-1', [vol, ec2, other]);
      await store.writeEdges('sync-1', [
        edge(vol, 'attached_to', ec2),
        edge(ec2, 'uses', vol),
        edge(ec2, 'peers', other),
        edge(other, 'peers', ec2),
        edge(vol, 'attached_to', instance('i-404')),
      ]);
      expect(await store.countEdges({ from: { regions: ['eu-west-1'] } })).toBe(1);
      expect(await store.countEdges({ from: { kinds: ['aws_ec2_instance'], accounts: ['111111111111'] } })).toBe(2);
      expect(await store.countEdges({ from: { kinds: ['aws_ec2_instance'] }, types: ['peers'] })).toBe(2);
      expect(await store.countEdges({ from: { tags: [{ key: 'none' }] } })).toBe(0);
      expect(await store.countEdges({ from: {} })).toBe(4);
    });
  });
}
