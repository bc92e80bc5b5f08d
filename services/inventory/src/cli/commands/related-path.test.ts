import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ResourceRecord } from '@cloud-inventory/graph-store';
import { startCliTestInventory, type CliTestInventory } from '../cli-test-inventory.js';
import { parseRelatedPath } from './related-path.js';

let inventory: CliTestInventory;

function resource(kind: string, id: string, data: Record<string, unknown> = {}): ResourceRecord {
  return {
    uid: `arn:aws:test:us-east-1:111111111111:${kind}/${id}`,
    id,
    kind,
    name: id,
    tags: {},
    cloud: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    serviceGroup: 'Test',
    data,
  };
}

const publicLb = resource('aws_elbv2_load_balancer', 'lb-public', { Scheme: 'internet-facing' });
const internalLb = resource('aws_elbv2_load_balancer', 'lb-internal', { Scheme: 'internal' });
const group = resource('aws_elbv2_target_group', 'tg-1');
const internalGroup = resource('aws_elbv2_target_group', 'tg-2');
const exposed = resource('aws_ec2_instance', 'i-exposed');
const hidden = resource('aws_ec2_instance', 'i-hidden');

beforeAll(async () => {
  inventory = await startCliTestInventory(async (store) => {
    await store.writeResources('seed', [publicLb, internalLb, group, internalGroup, exposed, hidden]);
    await store.writeEdges('seed', [
      { from: publicLb.uid, type: 'routes_to', to: group.uid },
      { from: internalLb.uid, type: 'routes_to', to: internalGroup.uid },
      { from: group.uid, type: 'routes_to', to: exposed.uid },
      { from: internalGroup.uid, type: 'routes_to', to: hidden.uid },
    ]);
  });
});

afterAll(async () => {
  await inventory.stop();
});

const cli = (...args: string[]) => inventory.cli(...args);

describe('cloud-inventory resources --with / --without', () => {
  it('keeps the resources a path of edges leads from, with conditions on where it ends', async () => {
    const path =
      '<-[routes_to]- aws_elbv2_target_group <-[routes_to]- aws_elbv2_load_balancer where Scheme=internet-facing';
    const found = await cli('resources', '--kind', 'aws_ec2_instance', '--with', path, '--json');
    expect(found.code).toBe(0);
    expect((JSON.parse(found.out) as { uid: string }[]).map((r) => r.uid)).toEqual([exposed.uid]);
  });

  it('keeps the resources no such path leads from', async () => {
    const found = await cli('resources', '--kind', 'aws_elbv2_load_balancer', '--without=-->-->', '--json');
    expect(found.code).toBe(0);
    expect(JSON.parse(found.out)).toEqual([]);
    const noInternetFacing = await cli(
      'resources',
      '--kind',
      'aws_ec2_instance',
      '--without',
      '<-- <-- where Scheme=internet-facing',
      '--json',
    );
    expect((JSON.parse(noInternetFacing.out) as { uid: string }[]).map((r) => r.uid)).toEqual([hidden.uid]);
  });

  it('points at the column of a mistake in a path', async () => {
    const refused = await cli('resources', '--with=-[routes_to]-> aws_vpc =>');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--with -[routes_to]-> aws_vpc =>: at column 24, expected an arrow');
  });
});

describe('parseRelatedPath', () => {
  it('reads arrows of several edge types, kinds of several names and conditions joined by and', () => {
    expect(
      parseRelatedPath('--with', '-[in_subnet|in_vpc]->aws_vpc|aws_ec2_subnet where CidrBlock~10. and Size>=2'),
    ).toEqual({
      path: [{ direction: 'OUT', edge_types: ['in_subnet', 'in_vpc'], kinds: ['aws_vpc', 'aws_ec2_subnet'] }],
      absent: false,
      properties: [
        { property: 'CidrBlock', op: 'CONTAINS', value: '10.' },
        { property: 'Size', op: 'GTE', value: '2' },
      ],
    });
  });

  it('refuses an empty path and an edge type that is not an identifier', () => {
    expect(() => parseRelatedPath('--without', '  ')).toThrow('at column 1, expected at least one arrow');
    expect(() => parseRelatedPath('--with', '-[in vpc]->')).toThrow('at column 2, expected edge types');
  });
});
