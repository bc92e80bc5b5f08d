import { describe, expect, it } from '@jest/globals';
import type { ChangeRecord, GraphStore } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { instance, scopeOf, sleep, volume } from './fixtures.js';

export function describeChangeLog(context: ContractContext): void {
  describe('change log', () => {
    async function seedThreeSyncs(store: GraphStore) {
      const [vol1, vol2, ec2] = [volume('vol-1'), volume('vol-2'), instance('i-1')];
      await store.writeResources('sync-1', [vol1, vol2, ec2]);
      await sleep(15);
      const afterFirst = new Date().toISOString();
      await sleep(15);
      await store.writeResources('sync-2', [{ ...vol1, name: 'renamed' }, ec2]);
      await store.finishSync('sync-2', [scopeOf(vol1)]);
      return { vol1, vol2, ec2, afterFirst };
    }

    const summary = (items: ChangeRecord[]) => items.map((item) => `${item.syncId} ${item.change} ${item.uid}`).sort();

    it('answers by sync, by kind and by change type', async () => {
      const store = await context.open();
      const { vol1, vol2, ec2 } = await seedThreeSyncs(store);
      expect(summary((await store.listChanges({ syncId: 'sync-2' })).items)).toEqual(
        [`sync-2 deleted ${vol2.uid}`, `sync-2 updated ${vol1.uid}`].sort(),
      );
      expect(summary((await store.listChanges({ kinds: ['aws_ec2_instance'] })).items)).toEqual([
        `sync-1 created ${ec2.uid}`,
      ]);
      expect(
        summary((await store.listChanges({ changes: ['updated', 'deleted'], kinds: ['aws_ec2_volume'] })).items),
      ).toEqual([`sync-2 deleted ${vol2.uid}`, `sync-2 updated ${vol1.uid}`].sort());
      const updated = (await store.listChanges({ changes: ['updated'] })).items;
      expect(updated).toEqual([expect.objectContaining({ uid: vol1.uid, changedFields: ['name'] })]);
    });

    it('answers by time, since inclusive and until exclusive', async () => {
      const store = await context.open();
      const { afterFirst } = await seedThreeSyncs(store);
      const later = (await store.listChanges({ since: afterFirst })).items;
      const earlier = (await store.listChanges({ until: afterFirst })).items;
      expect(new Set(later.map((item) => item.syncId))).toEqual(new Set(['sync-2']));
      expect(new Set(earlier.map((item) => item.syncId))).toEqual(new Set(['sync-1']));
      const first = earlier[0];
      expect(first).toBeDefined();
      const exact = (await store.listChanges({ since: first?.at, until: first?.at })).items;
      expect(exact).toEqual([]);
      const fromExact = (await store.listChanges({ since: first?.at, syncId: 'sync-1' })).items;
      expect(fromExact.length).toBe(3);
    });

    it('pages through the log in recorded order without repeats or gaps', async () => {
      const store = await context.open();
      for (let sync = 1; sync <= 5; sync++) {
        const batch = Array.from({ length: 5 }, (_, index) => volume(`vol-${index}`, { name: `v${sync}` }));
        await store.writeResources(`sync-${sync}`, batch);
      }
      const all = (await store.listChanges({}, { limit: 1000 })).items;
      expect(all).toHaveLength(25);
      expect(all.map((item) => item.syncId)).toEqual(
        Array.from({ length: 25 }, (_, index) => `sync-${Math.floor(index / 5) + 1}`),
      );
      const paged: ChangeRecord[] = [];
      let pageToken: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await store.listChanges({}, { limit: 7, ...(pageToken ? { pageToken } : {}) });
        paged.push(...page.items);
        pageToken = page.nextPageToken;
        if (!pageToken) break;
      }
      expect(paged).toEqual(all);
    });

    it('rejects a time that is not ISO-8601 with a typed error', async () => {
      const store = await context.open();
      await expect(store.listChanges({ since: 'yesterday' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'query.since',
      });
    });
  });
}
