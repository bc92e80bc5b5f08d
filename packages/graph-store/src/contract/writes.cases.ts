import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, instance, resource, volume } from './fixtures.js';

export function describeWrites(context: ContractContext): void {
  describe('writes and change detection', () => {
    it('stores a written resource and returns every field by uid', async () => {
      const store = await context.open();
      const vol = volume('vol-1', {
        name: 'data disk',
        tags: { Owner: 'team-a', Env: 'prod' },
        createdAt: '2024-01-02T03:04:05.000Z',
        updatedAt: '2024-02-02T03:04:05.000Z',
        type: 'gp3',
        data: {
          Size: 100,
          Encrypted: true,
          State: 'in-use',
          Attachments: [{ InstanceId: 'i-1' }],
          Nested: { a: null },
        },
      });
      await store.writeResources('sync-1', [vol]);
      const stored = await store.getResource(vol.uid);
      expect(stored).toEqual({
        ...vol,
        firstSeen: expect.any(String),
        lastSeen: expect.any(String),
        lastSyncId: 'sync-1',
      });
      expect(Number.isNaN(Date.parse(stored?.firstSeen ?? ''))).toBe(false);
    });

    it('returns undefined for a uid that was never written', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [volume('vol-1')]);
      expect(await store.getResource('aws:111111111111:us-east-1:aws_ec2_volume:vol-2')).toBeUndefined();
    });

    it('classifies a first write as created and records one change per resource', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const result = await store.writeResources('sync-1', [vol, instance('i-1')]);
      expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
      expect(result.changes).toHaveLength(2);
      expect(result.changes.find((change) => change.uid === vol.uid)).toEqual({
        syncId: 'sync-1',
        uid: vol.uid,
        kind: 'aws_ec2_volume',
        name: 'vol-1',
        cloud: 'aws',
        account: '111111111111',
        region: 'us-east-1',
        change: 'created',
        at: expect.any(String),
      });
    });

    it('classifies an identical re-write as unchanged, in the same sync and in the next', async () => {
      const store = await context.open();
      const vol = volume('vol-1', { tags: { Env: 'prod' }, data: { Size: 8 } });
      await store.writeResources('sync-1', [vol]);
      const firstSeen = (await store.getResource(vol.uid))?.firstSeen;
      const sameSync = await store.writeResources('sync-1', [vol]);
      const nextSync = await store.writeResources('sync-2', [{ ...vol, tags: { ...vol.tags }, data: { ...vol.data } }]);
      expect(sameSync).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      expect(nextSync).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      const stored = await store.getResource(vol.uid);
      expect(stored?.lastSyncId).toBe('sync-2');
      expect(stored?.firstSeen).toBe(firstSeen);
    });

    it('ignores volatile fields and key order when detecting changes', async () => {
      const store = await context.open();
      const vol = volume('vol-1', { updatedAt: '2024-01-01T00:00:00.000Z', data: { a: 1, b: { c: 1, d: [1, 2] } } });
      await store.writeResources('sync-1', [vol]);
      const result = await store.writeResources('sync-2', [
        { ...vol, updatedAt: '2025-01-01T00:00:00.000Z', data: { b: { d: [1, 2], c: 1 }, a: 1 } },
      ]);
      expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    });

    it('counts a re-write whose declared volatile fields alone moved as unchanged and shows their latest values', async () => {
      const store = await context.open();
      const trail = (delivered: number, extra: Record<string, unknown> = {}) =>
        resource({
          id: 'trail-1',
          kind: 'aws_cloudtrail_trail',
          data: {
            Name: 'trail-1',
            Status: { IsLogging: true, LatestDeliveryTime: delivered, ...extra },
            Seq: delivered,
          },
          volatileFields: ['Status.LatestDeliveryTime', 'Seq', 'Status.NotThere', 'Absent.Deeper'],
        });
      await store.writeResources('sync-1', [trail(1)]);

      const second = await store.writeResources('sync-2', [trail(2)]);
      const sameSync = await store.writeResources('sync-2', [trail(3)]);

      expect(second).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      expect(sameSync).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      expect((await store.listChanges({ syncId: 'sync-2' })).items).toEqual([]);
      const stored = await store.getResource(trail(3).uid);
      expect(stored?.data).toEqual(trail(3).data);
      expect(stored?.lastSyncId).toBe('sync-2');
      const filtered = await store.listResources({ properties: [{ property: 'Seq', op: 'eq', value: 3 }] });
      expect(filtered.items.map((item) => item.uid)).toEqual([trail(3).uid]);
    });

    it('names only the stable fields of an update that also moved volatile ones', async () => {
      const store = await context.open();
      const trail = (delivered: number, isLogging: boolean) =>
        resource({
          id: 'trail-1',
          kind: 'aws_cloudtrail_trail',
          data: { Name: 'trail-1', Status: { IsLogging: isLogging, LatestDeliveryTime: delivered }, At: delivered },
          volatileFields: ['Status.LatestDeliveryTime', 'At'],
        });
      await store.writeResources('sync-1', [trail(1, true)]);

      const result = await store.writeResources('sync-2', [trail(2, false)]);

      expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
      expect(result.changes.map((change) => change.changedFields)).toEqual([['data.Status']]);
      expect((await store.getResource(trail(2, false).uid))?.data).toEqual(trail(2, false).data);
    });

    it('counts a resource whose volatile fields were declared after it was stored as unchanged', async () => {
      const store = await context.open();
      const data = (delivered: number) => ({ Status: { IsLogging: true, LatestDeliveryTime: delivered } });
      const plain = resource({ id: 'trail-1', kind: 'aws_cloudtrail_trail', data: data(1) });
      await store.writeResources('sync-1', [plain]);

      const declared = { ...plain, data: data(2), volatileFields: ['Status.LatestDeliveryTime'] };
      const result = await store.writeResources('sync-2', [declared]);
      const next = await store.writeResources('sync-3', [{ ...declared, data: data(3) }]);

      expect(result).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      expect(next).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
      expect((await store.getResource(plain.uid))?.data).toEqual(data(3));
    });

    it('rejects volatile fields that are not data paths with a typed error', async () => {
      const store = await context.open();
      const bad = { ...volume('vol-1'), volatileFields: ['Status..Time'] };
      await expect(store.writeResources('sync-1', [bad])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'resources[0].volatileFields[0]',
      });
    });

    it('classifies a content change as updated, names the changed fields and stores the new content', async () => {
      const store = await context.open();
      const vol = volume('vol-1', {
        tags: { Owner: 'a', Old: 'x', Same: 's' },
        data: { State: 'available', Size: 8, Keep: { x: 1 } },
      });
      await store.writeResources('sync-1', [vol]);
      const changed = {
        ...vol,
        name: 'renamed',
        tags: { Owner: 'b', New: 'y', Same: 's' },
        data: { State: 'in-use', Size: 8, Keep: { x: 1 } },
      };
      const result = await store.writeResources('sync-2', [changed]);
      expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
      expect(result.changes).toEqual([
        expect.objectContaining({
          uid: vol.uid,
          change: 'updated',
          syncId: 'sync-2',
          name: 'renamed',
          changedFields: ['data.State', 'name', 'tags.New', 'tags.Old', 'tags.Owner'],
        }),
      ]);
      expect(await store.getResource(vol.uid)).toMatchObject({
        name: 'renamed',
        tags: changed.tags,
        data: changed.data,
      });
    });

    it('counts an edge written twice, in one sync or two, once', async () => {
      const store = await context.open();
      const vol = volume('vol-1');
      const ec2 = instance('i-1');
      await store.writeResources('sync-1', [vol, ec2]);
      await store.writeEdges('sync-1', [edge(vol, 'attached_to', ec2), edge(vol, 'attached_to', ec2)]);
      await store.writeEdges('sync-2', [edge(vol, 'attached_to', ec2)]);
      expect(await store.countEdges()).toBe(1);
    });

    it('rejects a kind that is not an identifier with a typed error and writes nothing of the batch', async () => {
      const store = await context.open();
      const good = volume('vol-1');
      const bad = { ...volume('vol-2'), kind: 'Volume`) DETACH DELETE n //' };
      await expect(store.writeResources('sync-1', [good, bad])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'resources[1].kind',
      });
      expect(await store.getResource(good.uid)).toBeUndefined();
    });

    it('rejects an edge type that is not an identifier with a typed error', async () => {
      const store = await context.open();
      await expect(store.writeEdges('sync-1', [edge('a', 'attached to', 'b')])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'edges[0].type',
      });
    });
  });
}
