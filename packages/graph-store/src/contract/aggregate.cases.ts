import { describe, expect, it } from '@jest/globals';
import type { AggregateRow, GraphStore } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, instance, volume } from './fixtures.js';

export function describeAggregates(context: ContractContext): void {
  describe('aggregates', () => {
    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      await store.writeResources('sync-1', [
        volume('vol-1', { tags: { Env: 'prod' }, data: { Size: 10, State: 'in-use' } }),
        volume('vol-2', { tags: { Env: 'dev' }, data: { Size: 20, State: 'in-use' } }),
        volume('vol-3', { region: 'eu-west-1', tags: { Env: 'prod' }, data: { Size: 70, State: 'available' } }),
        instance('i-1', { type: 't3.micro' }),
        instance('i-2', { type: 't3.micro', account: '222222222222' }),
      ]);
      return store;
    }

    const sorted = (rows: AggregateRow[]) =>
      [...rows].sort((a, b) => JSON.stringify(a.group).localeCompare(JSON.stringify(b.group)));

    it('counts resources grouped by one or several fields', async () => {
      const store = await seeded();
      expect(sorted(await store.aggregate({ groupBy: ['kind'] }))).toEqual([
        { group: { kind: 'aws_ec2_instance' }, value: 2 },
        { group: { kind: 'aws_ec2_volume' }, value: 3 },
      ]);
      expect(sorted(await store.aggregate({ groupBy: ['account', 'region'], value: { op: 'count' } }))).toEqual([
        { group: { account: '111111111111', region: 'eu-west-1' }, value: 1 },
        { group: { account: '111111111111', region: 'us-east-1' }, value: 3 },
        { group: { account: '222222222222', region: 'us-east-1' }, value: 1 },
      ]);
      expect(await store.aggregate({ groupBy: [] })).toEqual([{ group: {}, value: 5 }]);
    });

    it('groups by tag and data values, with null where the value is missing', async () => {
      const store = await seeded();
      expect(sorted(await store.aggregate({ groupBy: ['tag:Env'] }))).toEqual(
        sorted([
          { group: { 'tag:Env': 'prod' }, value: 2 },
          { group: { 'tag:Env': 'dev' }, value: 1 },
          { group: { 'tag:Env': null }, value: 2 },
        ]),
      );
      expect(
        sorted(await store.aggregate({ groupBy: ['data.State', 'type'], filter: { kinds: ['aws_ec2_volume'] } })),
      ).toEqual(
        sorted([
          { group: { 'data.State': 'in-use', type: null }, value: 2 },
          { group: { 'data.State': 'available', type: null }, value: 1 },
        ]),
      );
    });

    it('sums, and takes the minimum and maximum of, a numeric property within a filter', async () => {
      const store = await seeded();
      const filter = { kinds: ['aws_ec2_volume'] };
      expect(await store.aggregate({ filter, groupBy: [], value: { op: 'sum', property: 'Size' } })).toEqual([
        { group: {}, value: 100 },
      ]);
      expect(await store.aggregate({ filter, groupBy: [], value: { op: 'min', property: 'Size' } })).toEqual([
        { group: {}, value: 10 },
      ]);
      expect(
        sorted(await store.aggregate({ filter, groupBy: ['region'], value: { op: 'max', property: 'Size' } })),
      ).toEqual([
        { group: { region: 'eu-west-1' }, value: 70 },
        { group: { region: 'us-east-1' }, value: 20 },
      ]);
    });

    it('counts connected edges by type', async () => {
      const store = await seeded();
      const vol = volume('vol-1');
      await store.writeEdges('sync-1', [
        edge(vol, 'attached_to', instance('i-1')),
        edge(vol, 'tagged', instance('i-2', { account: '222222222222' })),
      ]);
      expect(await store.countEdges({ types: ['attached_to'] })).toBe(1);
      expect(await store.countEdges()).toBe(2);
    });

    it('rejects an unknown group field or value property with typed errors', async () => {
      const store = await seeded();
      await expect(store.aggregate({ groupBy: ['owner'] })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'query.groupBy[0]',
      });
      await expect(store.aggregate({ groupBy: ['data.a b'] })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'query.groupBy[0]',
      });
      await expect(store.aggregate({ groupBy: [], value: { op: 'sum', property: 'x"y' } })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'query.value.property',
      });
    });
  });
}
