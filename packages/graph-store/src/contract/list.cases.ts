import { describe, expect, it } from '@jest/globals';
import type { GraphStore, ResourceFilter, StoredResource } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { instance, resource, volume } from './fixtures.js';

export function describeListing(context: ContractContext): void {
  describe('listing with filters and pages', () => {
    const vol1 = volume('vol-1', {
      name: 'alpha-disk',
      tags: { Env: 'prod', Owner: 'a' },
      data: { Size: 8, Encrypted: true, State: 'in-use' },
    });
    const vol2 = volume('vol-2', {
      name: 'beta-disk',
      tags: { Env: 'dev' },
      data: { Size: 100, Encrypted: false, State: 'available' },
    });
    const vol3 = volume('vol-3', { region: 'eu-west-1', tags: { Env: 'prod' }, data: { Size: 500 } });
    const ec2 = instance('i-1', {
      account: '222222222222',
      tags: { Owner: 'a' },
      createdAt: '2024-05-01T00:00:00.000Z',
    });
    const bucket = resource({ id: 'logs', kind: 'aws_s3_bucket', cloud: 'aws', region: 'global' });
    const all = [vol1, vol2, vol3, ec2, bucket];

    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      await store.writeResources('sync-1', all);
      return store;
    }

    async function uidsMatching(store: GraphStore, filter: ResourceFilter): Promise<string[]> {
      return (await store.listResources(filter, { limit: 1000 })).items.map((item) => item.uid);
    }

    const sortedUids = (...records: { uid: string }[]) => records.map((record) => record.uid).sort();

    it('filters by uid, kind, cloud, account, region and service group, OR within a field and AND across', async () => {
      const store = await seeded();
      expect(await uidsMatching(store, {})).toEqual(sortedUids(...all));
      expect(await uidsMatching(store, { uids: [vol1.uid, ec2.uid] })).toEqual(sortedUids(vol1, ec2));
      expect(await uidsMatching(store, { kinds: ['aws_ec2_volume'] })).toEqual(sortedUids(vol1, vol2, vol3));
      expect(await uidsMatching(store, { kinds: ['aws_ec2_instance', 'aws_s3_bucket'] })).toEqual(
        sortedUids(ec2, bucket),
      );
      expect(await uidsMatching(store, { clouds: ['aws'] })).toHaveLength(5);
      expect(await uidsMatching(store, { accounts: ['222222222222'] })).toEqual([ec2.uid]);
      expect(await uidsMatching(store, { regions: ['eu-west-1', 'global'] })).toEqual(sortedUids(vol3, bucket));
      expect(await uidsMatching(store, { serviceGroups: ['S3'] })).toEqual([bucket.uid]);
      expect(await uidsMatching(store, { kinds: ['aws_ec2_volume'], regions: ['us-east-1'] })).toEqual(
        sortedUids(vol1, vol2),
      );
      expect(await uidsMatching(store, { kinds: [] })).toEqual([]);
    });

    it('filters by tag key alone and by key and value, every tag condition holding', async () => {
      const store = await seeded();
      expect(await uidsMatching(store, { tags: [{ key: 'Env' }] })).toEqual(sortedUids(vol1, vol2, vol3));
      expect(await uidsMatching(store, { tags: [{ key: 'Env', value: 'prod' }] })).toEqual(sortedUids(vol1, vol3));
      expect(await uidsMatching(store, { tags: [{ key: 'Env', value: 'prod' }, { key: 'Owner' }] })).toEqual([
        vol1.uid,
      ]);
      expect(await uidsMatching(store, { tags: [{ key: 'env', value: 'prod' }] })).toEqual([]);
    });

    it('filters by property comparisons on data keys and core fields', async () => {
      const store = await seeded();
      const match = (
        property: string,
        op: NonNullable<ResourceFilter['properties']>[number]['op'],
        value?: string | number | boolean,
      ) => uidsMatching(store, { properties: [{ property, op, ...(value === undefined ? {} : { value }) }] });
      expect(await match('Size', 'eq', 100)).toEqual([vol2.uid]);
      expect(await match('Size', 'ne', 100)).toEqual(sortedUids(vol1, vol3));
      expect(await match('Size', 'lt', 100)).toEqual([vol1.uid]);
      expect(await match('Size', 'lte', 100)).toEqual(sortedUids(vol1, vol2));
      expect(await match('Size', 'gt', 100)).toEqual([vol3.uid]);
      expect(await match('Size', 'gte', 100)).toEqual(sortedUids(vol2, vol3));
      expect(await match('Size', 'exists')).toEqual(sortedUids(vol1, vol2, vol3));
      expect(await match('Encrypted', 'eq', true)).toEqual([vol1.uid]);
      expect(await match('Encrypted', 'eq', false)).toEqual([vol2.uid]);
      expect(await match('State', 'eq', 'in-use')).toEqual([vol1.uid]);
      expect(await match('State', 'contains', 'use')).toEqual([vol1.uid]);
      expect(await match('name', 'contains', '-disk')).toEqual(sortedUids(vol1, vol2));
      expect(await match('name', 'eq', 'Alpha-disk')).toEqual([]);
      expect(await match('created_at', 'gte', '2024-01-01T00:00:00.000Z')).toEqual([ec2.uid]);
      expect(await match('Missing', 'exists')).toEqual([]);
      expect(
        await uidsMatching(store, {
          kinds: ['aws_ec2_volume'],
          tags: [{ key: 'Env', value: 'prod' }],
          properties: [{ property: 'Size', op: 'gt', value: 10 }],
        }),
      ).toEqual([vol3.uid]);
    });

    it('pages in uid order with tokens, every resource exactly once, no token after the last page', async () => {
      const store = await context.open();
      const volumes = Array.from({ length: 25 }, (_, index) => volume(`vol-${String(index).padStart(2, '0')}`));
      await store.writeResources('sync-1', [...volumes].reverse());
      const pages: StoredResource[][] = [];
      let pageToken: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await store.listResources(
          { kinds: ['aws_ec2_volume'] },
          { limit: 10, ...(pageToken ? { pageToken } : {}) },
        );
        pages.push(page.items);
        pageToken = page.nextPageToken;
        if (!pageToken) break;
      }
      expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
      expect(pages.flat().map((item) => item.uid)).toEqual(sortedUids(...volumes));
    });

    it('keeps pages stable when resources are added between pages', async () => {
      const store = await context.open();
      const volumes = Array.from({ length: 10 }, (_, index) => volume(`vol-${index + 10}`));
      await store.writeResources('sync-1', volumes);
      const first = await store.listResources({}, { limit: 5 });
      await store.writeResources('sync-1', [volume('vol-00'), volume('vol-99')]);
      const second = await store.listResources(
        {},
        { limit: 100, ...(first.nextPageToken ? { pageToken: first.nextPageToken } : {}) },
      );
      const seen = [...first.items, ...second.items].map((item) => item.uid);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...sortedUids(...volumes), volume('vol-99').uid]);
    });

    it('rejects a bad property name, operator value, page size or page token with typed errors', async () => {
      const store = await seeded();
      await expect(
        store.listResources({ properties: [{ property: 'Size) OR 1=1 --', op: 'eq', value: 1 }] }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'filter.properties[0].property',
      });
      await expect(store.listResources({ properties: [{ property: 'Size', op: 'gt' }] })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'filter.properties[0].value',
      });
      await expect(store.listResources({}, { limit: 0 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'page.limit',
      });
      await expect(store.listResources({}, { limit: 1001 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'page.limit',
      });
      await expect(store.listResources({}, { pageToken: 'not-a-token' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        field: 'page.pageToken',
      });
    });
  });
}
