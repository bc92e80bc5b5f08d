import { describe, expect, it } from '@jest/globals';
import type { GraphStore, StoredResource } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { ALL, count, field, out, search } from './search-builders.js';
import { changeFailures, collectPages, resourceFailures, rowFailures } from './search-checks.js';
import {
  changeCases,
  changeRowCases,
  resourceCaseGroups,
  ROW_CASES,
  seenCases,
  type ResourceCase,
} from './search-expectations.js';
import { ALL_IDS, CONNECTED_EDGES, idOf, seedSearchEstate, type SeededEstate } from './search-fixtures.js';
import { generatedPredicates } from './search-generated.js';
import { describeSearchHostility } from './search-hostile.cases.js';
import { SearchReference } from './search-reference.js';

/**
 * GraphStore.search over the fixture estate: every case states its answer (search-expectations.ts), each theme is
 * one test over one freshly seeded store, and a failing test lists every case of its theme the store got wrong.
 */
export function describeSearch(context: ContractContext): void {
  describe('search', () => {
    async function seeded(): Promise<{ store: GraphStore; estate: SeededEstate }> {
      const store = await context.open();
      return { store, estate: await seedSearchEstate(store) };
    }

    for (const [theme, cases] of Object.entries(resourceCaseGroups()))
      it(`answers the ${theme} cases`, async () => {
        const { store } = await seeded();
        expect(await resourceFailures(store, cases)).toEqual([]);
      });

    it('answers first_seen and last_seen against the times of the syncs', async () => {
      const { store, estate } = await seeded();
      expect(await resourceFailures(store, seenCases(estate))).toEqual([]);
    });

    it('answers the aggregation cases', async () => {
      const { store } = await seeded();
      expect(await rowFailures(store, ROW_CASES)).toEqual([]);
    });

    it('answers the change log cases', async () => {
      const { store, estate } = await seeded();
      expect(await changeFailures(store, changeCases(estate))).toEqual([]);
      expect(await rowFailures(store, changeRowCases(estate))).toEqual([]);
    });

    it('pages through resources, sorted answers, rows and changes with any page size, each item once', async () => {
      const { store } = await seeded();
      const groups = resourceCaseGroups();
      const paged: ResourceCase[] = [
        { name: 'everything', query: search(ALL), ids: ALL_IDS },
        ...groups.sort!,
        ...groups.limit!,
        ...groups.traversal!.slice(0, 6),
        ...groups.with!.slice(0, 4),
      ];
      for (const pageSize of [1, 2, 3]) {
        expect({ pageSize, failures: await resourceFailures(store, paged, pageSize) }).toEqual({
          pageSize,
          failures: [],
        });
        expect({ pageSize, failures: await rowFailures(store, ROW_CASES.slice(0, 6), pageSize) }).toEqual({
          pageSize,
          failures: [],
        });
      }
      const byPage = await collectPages(store, search(ALL), 3);
      expect(byPage.pages).toBe(Math.ceil(ALL_IDS.length / 3));
      const limited = await collectPages(store, search(ALL, { limit: 5 }), 2);
      expect(limited.resources.map((item) => idOf(item.uid))).toEqual(ALL_IDS.slice(0, 5));
      expect(limited.pages).toBe(3);
      const changes = await collectPages(store, { target: 'changes', filter: ALL }, 7);
      const uniqueChanges = new Set(changes.changes.map((item) => `${item.syncId} ${item.change} ${item.uid}`));
      expect([changes.changes.length, uniqueChanges.size]).toEqual([51, 51]);
      const first = await store.search(search(ALL), { limit: 10 });
      expect(first.resources).toHaveLength(10);
      expect(first.nextPageToken).toEqual(expect.any(String));
    });

    it('answers whole resources, as getResource has them', async () => {
      const { store } = await seeded();
      const answer = await collectPages(store, search(ALL), 100);
      for (const found of answer.resources) expect(found).toEqual(await store.getResource(found.uid));
      const reached = await collectPages(store, search(ALL, { steps: [out('routes_to')] }));
      for (const found of reached.resources) expect(found).toEqual(await store.getResource(found.uid));
    });

    it('answers 30 generated predicates exactly as matchesPredicate does over the stored resources', async () => {
      const { store } = await seeded();
      const reference = new SearchReference(await storedResources(store), CONNECTED_EDGES);
      const cases = generatedPredicates(30).map((filter, index) => {
        const query = search(filter);
        return { name: `generated ${index}: ${JSON.stringify(filter)}`, query, ids: idsOf(reference.resources(query)) };
      });
      expect(await resourceFailures(store, cases)).toEqual([]);
      const counted = generatedPredicates(30)
        .slice(0, 10)
        .map((filter, index) => {
          const query = search(filter, { aggregate: count(field('kind')) });
          return { name: `generated count ${index}`, query, rows: reference.rows(query) };
        });
      expect(await rowFailures(store, counted)).toEqual([]);
    });

    describeSearchHostility(context);
  });
}

const idsOf = (items: StoredResource[]) => items.map((item) => idOf(item.uid));

async function storedResources(store: GraphStore): Promise<StoredResource[]> {
  const items: StoredResource[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.listResources({}, { limit: 1000, ...(pageToken === undefined ? {} : { pageToken }) });
    items.push(...page.items);
    pageToken = page.nextPageToken;
  } while (pageToken !== undefined);
  return items;
}
