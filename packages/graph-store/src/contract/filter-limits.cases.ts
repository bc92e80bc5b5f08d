import { describe, expect, it } from '@jest/globals';
import { FILTER_LIMITS } from '../filter-limits.js';
import type { GraphStore, PropertyCondition, ResourceFilter } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, instance, volume } from './fixtures.js';

const tagCount = FILTER_LIMITS.tagConditions;
const propertyCount = FILTER_LIMITS.propertyConditions;

/** A resource that every condition of `largestFilter` holds for, and one that fails only its last condition. */
const matching = volume('vol-match', {
  tags: Object.fromEntries(Array.from({ length: tagCount }, (_, index) => [`t${index}`, `v${index}`])),
  data: Object.fromEntries(Array.from({ length: propertyCount }, (_, index) => [`p${index}`, index])),
});
const almost = volume('vol-almost', {
  tags: matching.tags,
  data: { ...matching.data, [`p${propertyCount - 1}`]: 'text' },
});

const operators = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'exists'] as const;

/** One condition of each operator in turn, all true of `matching` (p<i> holds i). */
function condition(index: number): PropertyCondition {
  const property = `p${index}`;
  const op = operators[index % operators.length] ?? 'eq';
  if (op === 'exists') return { property, op };
  const value = { eq: index, ne: index + 1, lt: index + 1, lte: index, gt: index - 1, gte: index }[op];
  return { property, op, value };
}

function list(size: number, real: string): string[] {
  return [...Array.from({ length: size - 1 }, (_, index) => `${real}-decoy-${index}`), real];
}

function largestFilter(): ResourceFilter {
  const size = FILTER_LIMITS.listEntries;
  return {
    uids: [...list(size - 1, matching.uid), almost.uid],
    kinds: list(size, matching.kind),
    clouds: list(size, matching.cloud),
    accounts: list(size, matching.account),
    regions: list(size, matching.region),
    serviceGroups: list(size, matching.serviceGroup),
    tags: Array.from({ length: tagCount }, (_, index) =>
      index % 2 === 0 ? { key: `t${index}`, value: `v${index}` } : { key: `t${index}` },
    ),
    properties: Array.from({ length: propertyCount }, (_, index) => condition(index)),
  };
}

export function describeFilterLimits(context: ContractContext): void {
  describe('filter limits', () => {
    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      const other = instance('i-1');
      await store.writeResources('sync-1', [matching, almost, other]);
      await store.writeEdges('sync-1', [edge(matching, 'attached_to', other), edge(almost, 'attached_to', other)]);
      return store;
    }

    it('answers the largest filter allowed when listing, aggregating and counting edges', async () => {
      const store = await seeded();
      const filter = largestFilter();
      const listed = await store.listResources(filter, { limit: 10 });
      expect(listed.items.map((item) => item.uid)).toEqual([matching.uid]);
      const [row] = await store.aggregate({ filter, groupBy: [], value: { op: 'count' } });
      expect(row?.value).toBe(1);
      expect(await store.countEdges({ from: filter })).toBe(1);
    });

    it('refuses one list entry or one condition more, naming the list', async () => {
      const store = await seeded();
      const over: [keyof ResourceFilter, ResourceFilter][] = [
        ['kinds', { kinds: list(FILTER_LIMITS.listEntries + 1, 'aws_ec2_volume') }],
        ['tags', { tags: Array.from({ length: tagCount + 1 }, (_, index) => ({ key: `t${index}` })) }],
        ['properties', { properties: Array.from({ length: propertyCount + 1 }, (_, index) => condition(index)) }],
      ];
      for (const [field, filter] of over) {
        await expect(store.listResources(filter)).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          field: `filter.${field}`,
        });
        await expect(store.aggregate({ filter, groupBy: ['kind'] })).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          field: `query.filter.${field}`,
        });
        await expect(store.countEdges({ from: filter })).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          field: `filter.from.${field}`,
        });
      }
    });
  });
}
