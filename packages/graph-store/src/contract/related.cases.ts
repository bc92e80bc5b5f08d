import { describe, expect, it } from '@jest/globals';
import type { GraphStore, ResourceFilter } from '../graph-store.js';
import type { ContractContext } from './contract-context.js';
import { edge, instance, resource, uidsOf, volume } from './fixtures.js';

export function describeRelated(context: ContractContext): void {
  describe('filtering by related resources', () => {
    // lb-public <-belongs_to- listener -routes_to-> tg-web -routes_to-> i-web; lb-internal has a listener whose
    // target group has no targets; vol-free is attached to nothing; vol-used to i-web; i-idle has no volume.
    const publicLb = resource({
      id: 'lb-public',
      kind: 'aws_elbv2_load_balancer',
      data: { Scheme: 'internet-facing' },
    });
    const internalLb = resource({ id: 'lb-internal', kind: 'aws_elbv2_load_balancer', data: { Scheme: 'internal' } });
    const listener = resource({ id: 'l-1', kind: 'aws_elbv2_listener' });
    const internalListener = resource({ id: 'l-2', kind: 'aws_elbv2_listener' });
    const webGroup = resource({ id: 'tg-web', kind: 'aws_elbv2_target_group' });
    const emptyGroup = resource({ id: 'tg-empty', kind: 'aws_elbv2_target_group' });
    const web = instance('i-web');
    const idle = instance('i-idle');
    const used = volume('vol-used');
    const free = volume('vol-free');
    const all = [publicLb, internalLb, listener, internalListener, webGroup, emptyGroup, web, idle, used, free];

    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      await store.writeResources('sync-1', all);
      await store.writeEdges('sync-1', [
        edge(listener, 'belongs_to', publicLb),
        edge(internalListener, 'belongs_to', internalLb),
        edge(listener, 'routes_to', webGroup),
        edge(internalListener, 'routes_to', emptyGroup),
        edge(webGroup, 'routes_to', web),
        edge(used, 'attached_to', web),
        // an edge to a resource that is not stored does not count
        edge(free, 'attached_to', 'aws:111111111111:us-east-1:aws_ec2_instance:i-gone'),
      ]);
      return store;
    }

    async function matching(store: GraphStore, filter: ResourceFilter): Promise<string[]> {
      return uidsOf((await store.listResources(filter, { limit: 1000 })).items);
    }

    it('keeps resources with (or without) an edge of a type, counting only edges to stored resources', async () => {
      const store = await seeded();
      const attached = { path: [{ direction: 'out' as const, edgeTypes: ['attached_to'] }] };
      expect(await matching(store, { kinds: ['aws_ec2_volume'], related: [attached] })).toEqual(uidsOf([used]));
      expect(await matching(store, { kinds: ['aws_ec2_volume'], related: [{ ...attached, absent: true }] })).toEqual(
        uidsOf([free]),
      );
      expect(
        await matching(store, {
          kinds: ['aws_ec2_instance'],
          related: [{ path: [{ direction: 'in', kinds: ['aws_ec2_volume'] }], absent: true }],
        }),
      ).toEqual(uidsOf([idle]));
    });

    it('follows paths of several steps in both directions, with conditions on the resource reached', async () => {
      const store = await seeded();
      const toInternetFacing: ResourceFilter = {
        kinds: ['aws_ec2_instance'],
        related: [
          {
            path: [
              { direction: 'in', edgeTypes: ['routes_to'], kinds: ['aws_elbv2_target_group'] },
              { direction: 'in', edgeTypes: ['routes_to'], kinds: ['aws_elbv2_listener'] },
              { direction: 'out', edgeTypes: ['belongs_to'], kinds: ['aws_elbv2_load_balancer'] },
            ],
            properties: [{ property: 'Scheme', op: 'eq', value: 'internet-facing' }],
          },
        ],
      };
      expect(await matching(store, toInternetFacing)).toEqual(uidsOf([web]));
      const noTargets: ResourceFilter = {
        kinds: ['aws_elbv2_load_balancer'],
        related: [
          {
            path: [
              { direction: 'in', edgeTypes: ['belongs_to'] },
              { direction: 'out', edgeTypes: ['routes_to'] },
              { direction: 'out', edgeTypes: ['routes_to'] },
            ],
            absent: true,
          },
        ],
      };
      expect(await matching(store, noTargets)).toEqual(uidsOf([internalLb]));
    });

    it('combines related conditions with each other and with the rest of the filter', async () => {
      const store = await seeded();
      const filter: ResourceFilter = {
        related: [
          { path: [{ direction: 'out', edgeTypes: ['routes_to'] }] },
          { path: [{ direction: 'out', edgeTypes: ['belongs_to'] }] },
        ],
      };
      expect(await matching(store, filter)).toEqual(uidsOf([listener, internalListener]));
      expect(await matching(store, { ...filter, uids: [listener.uid] })).toEqual(uidsOf([listener]));
      const counted = await store.aggregate({
        filter: { related: [{ path: [{ direction: 'in', edgeTypes: ['routes_to'] }] }] },
        groupBy: ['kind'],
      });
      expect(counted.sort((a, b) => String(a.group.kind).localeCompare(String(b.group.kind)))).toEqual([
        { group: { kind: 'aws_ec2_instance' }, value: 1 },
        { group: { kind: 'aws_elbv2_target_group' }, value: 2 },
      ]);
    });

    it('refuses paths that are empty, too long, or name an edge type that is not an identifier', async () => {
      const store = await seeded();
      const refused = async (filter: ResourceFilter, field: string) =>
        expect(store.listResources(filter)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field });
      await refused({ related: [{ path: [] }] }, 'filter.related[0].path');
      const step = { direction: 'out' as const };
      await refused({ related: [{ path: [step, step, step, step, step] }] }, 'filter.related[0].path');
      await refused(
        { related: [{ path: [{ direction: 'out', edgeTypes: ['x` DETACH DELETE n //'] }] }] },
        'filter.related[0].path[0].edgeTypes[0]',
      );
      await refused(
        { related: [{ path: [{ direction: 'sideways' as 'out' }] }] },
        'filter.related[0].path[0].direction',
      );
      await refused({ related: Array.from({ length: 9 }, () => ({ path: [step] })) }, 'filter.related');
      await refused(
        { related: [{ path: [step], properties: [{ property: "x') OR 1=1 --", op: 'exists' }] }] },
        'filter.related[0].properties[0].property',
      );
    });
  });
}
