import { describe, expect, it } from '@jest/globals';
import type { ContractContext } from './contract-context.js';
import { edge, instance, scopeOf, uidsOf, volume } from './fixtures.js';

const firstDay = '2026-03-01T00:00:00.000Z';
const secondDay = '2026-03-02T00:00:00.000Z';

export function describeOrphans(context: ContractContext): void {
  describe('orphaned resources', () => {
    async function seedTwoRegions() {
      const store = await context.open();
      const kept = [volume('vol-1'), instance('i-1')];
      const gone = [volume('vol-2', { region: 'eu-west-1' }), volume('vol-3', { region: 'eu-west-1' })];
      await store.writeResources('sync-1', [...kept, ...gone]);
      await store.writeEdges('sync-1', [
        edge(gone[0]!, 'attached_to', kept[1]!),
        edge(kept[0]!, 'attached_to', kept[1]!),
      ]);
      return { store, kept, gone };
    }

    it('marks the resources of a scope orphaned with the time, and shows the mark on read', async () => {
      const { store, kept, gone } = await seedTwoRegions();
      expect(await store.markOrphaned([scopeOf(gone[0]!)], firstDay)).toBe(2);
      expect((await store.getResource(gone[0]!.uid))?.orphanedSince).toBe(firstDay);
      expect(await store.getResource(kept[0]!.uid)).not.toHaveProperty('orphanedSince');
      const listed = await store.listResources({ uids: [gone[1]!.uid] });
      expect(listed.items[0]?.orphanedSince).toBe(firstDay);
    });

    it('keeps the first time when a scope is marked again, even after its resources were written again', async () => {
      const { store, gone } = await seedTwoRegions();
      await store.markOrphaned([scopeOf(gone[0]!)], firstDay);
      await store.writeResources('sync-2', [{ ...gone[0]!, name: 'renamed' }, gone[1]!]);
      expect(await store.markOrphaned([scopeOf(gone[0]!)], secondDay)).toBe(0);
      const stored = await store.getResource(gone[0]!.uid);
      expect(stored).toMatchObject({ name: 'renamed', orphanedSince: firstDay, lastSyncId: 'sync-2' });
    });

    it('clears the mark of exactly the scopes unmarked', async () => {
      const { store, kept, gone } = await seedTwoRegions();
      await store.markOrphaned([scopeOf(gone[0]!), scopeOf(kept[0]!)], firstDay);
      expect(await store.unmarkOrphaned([scopeOf(gone[0]!)])).toBe(2);
      expect(await store.getResource(gone[0]!.uid)).not.toHaveProperty('orphanedSince');
      expect((await store.getResource(kept[0]!.uid))?.orphanedSince).toBe(firstDay);
      expect(await store.unmarkOrphaned([scopeOf(gone[0]!)])).toBe(0);
    });

    it('filters and counts on the mark: orphaned only, not orphaned, orphaned before a time', async () => {
      const { store, kept, gone } = await seedTwoRegions();
      await store.markOrphaned([scopeOf(gone[0]!)], firstDay);
      await store.markOrphaned([scopeOf(kept[1]!)], secondDay);
      expect(uidsOf((await store.listResources({ orphaned: true })).items)).toEqual(uidsOf([...gone, kept[1]!]));
      expect(uidsOf((await store.listResources({ orphaned: false })).items)).toEqual(uidsOf([kept[0]!]));
      expect(uidsOf((await store.listResources({ orphanedBefore: secondDay })).items)).toEqual(uidsOf(gone));
      const [count] = await store.aggregate({ filter: { orphaned: true }, groupBy: [] });
      expect(count?.value).toBe(3);
    });

    it('deletes what the filter matches in batches, with the edges touching it, recording each deletion', async () => {
      const store = await context.open();
      const gone = Array.from({ length: 9 }, (_, index) => volume(`vol-${index}`, { region: 'eu-west-1' }));
      const host = instance('i-1');
      await store.writeResources('sync-1', [...gone, host]);
      await store.writeEdges('sync-1', [edge(gone[0]!, 'attached_to', host), edge(host, 'uses', gone[1]!)]);
      await store.markOrphaned([scopeOf(gone[0]!)], firstDay);
      const result = await store.deleteResources('purge-1', { accounts: ['111111111111'], orphaned: true });
      expect(result).toMatchObject({ deleted: 9, deletedEdges: 2 });
      expect(uidsOf(result.changes)).toEqual(uidsOf(gone));
      expect(result.changes[0]).toMatchObject({ syncId: 'purge-1', change: 'deleted', region: 'eu-west-1' });
      expect(uidsOf((await store.listResources({})).items)).toEqual([host.uid]);
      expect(await store.countEdges()).toBe(0);
      const logged = await store.listChanges({ syncId: 'purge-1', changes: ['deleted'] });
      expect(uidsOf(logged.items)).toEqual(uidsOf(gone));
    });

    it('deletes only resources orphaned before the time given, and nothing of other accounts', async () => {
      const store = await context.open();
      const old = volume('vol-old', { region: 'eu-west-1' });
      const recent = instance('i-recent', { region: 'eu-west-1' });
      const other = volume('vol-old', { region: 'eu-west-1', account: '222222222222' });
      await store.writeResources('sync-1', [old, recent, other]);
      await store.markOrphaned([scopeOf(old), scopeOf(other)], firstDay);
      await store.markOrphaned([scopeOf(recent)], secondDay);
      const result = await store.deleteResources('sync-2', { accounts: ['111111111111'], orphanedBefore: secondDay });
      expect(uidsOf(result.changes)).toEqual([old.uid]);
      expect(await store.getResource(recent.uid)).toBeDefined();
      expect(await store.getResource(other.uid)).toBeDefined();
    });

    it('refuses a deletion that names no account, and scopes or times that are malformed', async () => {
      const store = await context.open();
      await store.writeResources('sync-1', [volume('vol-1')]);
      await expect(store.deleteResources('purge-1', { orphaned: true })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'filter.accounts',
      });
      await expect(store.deleteResources('purge-1', { accounts: [] })).rejects.toMatchObject({
        field: 'filter.accounts',
      });
      await expect(store.markOrphaned([scopeOf(volume('vol-1'))], 'yesterday')).rejects.toMatchObject({ field: 'at' });
      await expect(store.listResources({ orphanedBefore: 'soon' })).rejects.toMatchObject({
        field: 'filter.orphanedBefore',
      });
      await expect(
        store.unmarkOrphaned([{ ...scopeOf(volume('vol-1')), kind: 'x) DETACH DELETE (n' }]),
      ).rejects.toMatchObject({ field: 'scopes[0].kind' });
      expect(await store.getResource(volume('vol-1').uid)).toBeDefined();
    });

    if (context.reopen) {
      const reopen = context.reopen;
      it('keeps the marks across a reopen', async () => {
        const { store, gone } = await seedTwoRegions();
        await store.markOrphaned([scopeOf(gone[0]!)], firstDay);
        const reopened = await reopen(store);
        expect((await reopened.getResource(gone[1]!.uid))?.orphanedSince).toBe(firstDay);
      });
    }
  });
}
