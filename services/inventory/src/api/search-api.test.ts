import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore, type ResourceRecord } from '@cloud-inventory/graph-store';
import type { CloudServiceType__Output, InventoryApi } from '@cloud-inventory/protocol';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';
import { parseConfig } from '../config/parse-config.js';
import { startInventory, type RunningInventory } from '../inventory.js';
import { saveKindCatalogue } from '../search/kind-catalogue.js';
import { ManualClock } from '../testing/manual-clock.js';
import { InventoryClient } from './inventory-client.js';

const token = 'search-test-token';
const account = '111111111111';
let dir: string;
let store: GraphStore;
let inventory: RunningInventory;
let client: InventoryClient;

function resource(kind: string, id: string, extra: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    uid: `arn:aws:test:eu-west-1:${account}:${kind}/${id}`,
    id,
    kind,
    name: id,
    tags: {},
    cloud: 'aws',
    account,
    region: 'eu-west-1',
    serviceGroup: 'Test',
    data: {},
    ...extra,
  };
}

const instances = ['i-1', 'i-2', 'i-3'].map((id, i) =>
  resource('aws_ec2_instance', id, {
    region: i === 2 ? 'us-east-1' : 'eu-west-1',
    data: { InstanceType: i === 0 ? 'm5.large' : 't3.micro', State: { Name: i === 1 ? 'stopped' : 'running' } },
  }),
);
// vol-old and vol-new are attached; vol-stale (old) and vol-spare (new) are not.
const volumes = [
  resource('aws_ec2_volume', 'vol-old', { createdAt: '2025-01-01T00:00:00Z', data: { Size: 100 } }),
  resource('aws_ec2_volume', 'vol-new', { createdAt: '2026-05-20T00:00:00Z', data: { Size: 8 } }),
  resource('aws_ec2_volume', 'vol-stale', { createdAt: '2025-06-01T00:00:00Z', data: { Size: 50 } }),
  resource('aws_ec2_volume', 'vol-spare', { createdAt: '2026-05-30T00:00:00Z', data: { Size: 20 } }),
];
const loadBalancers = [
  resource('aws_elbv2_load_balancer', 'alb-1', { tags: { team: 'web' } }),
  resource('aws_elb_load_balancer', 'classic-1', { tags: { team: 'legacy' } }),
];

function serviceType(kind: string, family: string): CloudServiceType__Output {
  return { provider: 'aws', service_group: 'Test', type: kind, kind, name: kind, is_global: false, labels: [], family };
}

const uidOf = (kind: string, id: string) => resource(kind, id).uid;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-api-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  await store.init();
  await store.writeResources('seed', [...instances, ...volumes, ...loadBalancers]);
  await store.writeEdges('seed', [
    {
      from: uidOf('aws_ec2_volume', 'vol-old'),
      type: 'attached_to',
      to: uidOf('aws_ec2_instance', 'i-1'),
      toKind: 'aws_ec2_instance',
    },
    {
      from: uidOf('aws_ec2_volume', 'vol-new'),
      type: 'attached_to',
      to: uidOf('aws_ec2_instance', 'i-2'),
      toKind: 'aws_ec2_instance',
    },
  ]);
  await store.finishSync('seed', []);
  await saveKindCatalogue(
    store,
    [
      serviceType('aws_ec2_instance', 'instance'),
      serviceType('aws_ec2_volume', 'volume'),
      serviceType('aws_elbv2_load_balancer', 'load_balancer'),
      serviceType('aws_elb_load_balancer', 'load_balancer'),
    ],
    new Date('2026-06-01T00:00:00Z'),
  );
  inventory = await startInventory(
    parseConfig({ accounts: [{ name: 'main', id: account }], api: { port: 0 }, metrics: { enabled: false } }),
    {
      store,
      logger: pino({ level: 'silent' }),
      env: { INVENTORY_API_TOKEN: token },
      schedule: false,
      clock: new ManualClock(Date.parse('2026-06-01T00:00:00Z')),
    },
  );
  client = new InventoryClient(`127.0.0.1:${inventory.api?.port}`, { token });
});

afterAll(async () => {
  client.close();
  await inventory?.stop();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const search = (request: InventoryApi.SearchRequest) => client.call('Search', request);
const ids = (response: InventoryApi.SearchResponse__Output) => response.resources.map((found) => found.id);
const isKinds = (...kinds: string[]): InventoryApi.Predicate => ({ is: { kinds } });
const field = (name: string): InventoryApi.FieldPath => ({ field: name });

describe('Search over text', () => {
  it('answers resources by kind, ordered by uid', async () => {
    expect(ids(await search({ text: 'is(aws_ec2_volume)' }))).toEqual(['vol-new', 'vol-old', 'vol-spare', 'vol-stale']);
  });

  it('resolves a kind family from the catalogue to its kinds', async () => {
    const found = await search({ text: 'is(load_balancer)' });
    expect(found.resources.map((r) => r.kind).sort()).toEqual(['aws_elb_load_balancer', 'aws_elbv2_load_balancer']);
  });

  it('resolves relative times on the inventory clock, and keeps what has no neighbour (with empty)', async () => {
    const found = await search({ text: 'is(volume) and created_at < now-90d with(empty, --> is(instance))' });
    expect(ids(found)).toEqual(['vol-stale']);
    expect(ids(await search({ text: 'is(volume) and age > 7d' }))).toEqual(['vol-new', 'vol-old', 'vol-stale']);
  });

  it('answers rows of an aggregation, a missing group as a group without a value', async () => {
    const found = await search({ text: 'is(instance) | count by region, data.Missing' });
    expect(found.resources).toEqual([]);
    expect(found.rows.map((row) => [row.group.map((group) => [group.field, group.value ?? null]), row.value])).toEqual([
      [
        [
          ['region', 'eu-west-1'],
          ['data.Missing', null],
        ],
        2,
      ],
      [
        [
          ['region', 'us-east-1'],
          ['data.Missing', null],
        ],
        1,
      ],
    ]);
  });

  it('pages with a token bound to the query', async () => {
    const first = await search({ text: 'is(volume)', page_size: 3 });
    expect(ids(first)).toEqual(['vol-new', 'vol-old', 'vol-spare']);
    expect(first.next_page_token).not.toBe('');
    const second = await search({ text: 'is(volume)', page_size: 3, page_token: first.next_page_token });
    expect(ids(second)).toEqual(['vol-stale']);
    expect(second.next_page_token).toBe('');
    const replayed = await grpcErrorOf(search({ text: 'is(instance)', page_token: first.next_page_token }));
    expect([replayed.code, replayed.details]).toEqual([
      status.INVALID_ARGUMENT,
      'page_token: belongs to a different query',
    ]);
  });

  it('refuses a syntax error as INVALID_ARGUMENT naming text and the column', async () => {
    const error = await grpcErrorOf(search({ text: 'is(volume) and and' }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^text: column 16: /);
  });

  it('refuses an unknown family, listing the known ones; an unseen aws_ kind is a kind that matches nothing', async () => {
    const error = await grpcErrorOf(search({ text: 'is(vm)' }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toContain('known families: instance, load_balancer, volume');
    expect(error.details).toMatch(/^text: query\.filter\.kinds\[0\]: "vm" is neither a kind/);
    expect(ids(await search({ text: 'is(aws_not_seen_yet)' }))).toEqual([]);
  });

  it('refuses text and query together, and neither', async () => {
    const both = await grpcErrorOf(search({ text: 'is(volume)', query: { filter: isKinds('volume') } }));
    expect([both.code, both.details]).toEqual([status.INVALID_ARGUMENT, 'query: give exactly one of text and query']);
    const neither = await grpcErrorOf(search({}));
    expect([neither.code, neither.details]).toEqual([
      status.INVALID_ARGUMENT,
      'text: give exactly one of text and query',
    ]);
  });
});

describe('Search over a structured query', () => {
  it('answers the same as the text', async () => {
    const found = await search({
      query: {
        filter: {
          and: {
            terms: [
              isKinds('volume'),
              { compare: { path: { data: { segments: [{ key: 'Size' }] } }, op: 'GTE', value: { number_value: 20 } } },
            ],
          },
        },
        sort: [{ path: { data: { segments: [{ key: 'Size' }] } }, descending: true }],
      },
    });
    expect(ids(found)).toEqual(['vol-old', 'vol-stale', 'vol-spare']);
  });

  it('walks steps and projects fields as JSON text', async () => {
    const found = await search({
      query: {
        filter: {
          compare: { path: field('id'), op: 'IN', values: [{ string_value: 'vol-old' }, { string_value: 'vol-new' }] },
        },
        steps: [{ direction: 'OUT', edge_types: ['attached_to'] }],
        fields: [field('name'), { data: { segments: [{ key: 'State' }, { key: 'Name' }] } }, { tag: 'absent' }],
      },
    });
    expect(found.resources).toEqual([]);
    expect(found.projections.map((p) => [p.uid, p.values.map((v) => [v.field, v.value_json ?? null])])).toEqual([
      [
        uidOf('aws_ec2_instance', 'i-1'),
        [
          ['name', '"i-1"'],
          ['data.State.Name', '"running"'],
          ['tags.absent', null],
        ],
      ],
      [
        uidOf('aws_ec2_instance', 'i-2'),
        [
          ['name', '"i-2"'],
          ['data.State.Name', '"stopped"'],
          ['tags.absent', null],
        ],
      ],
    ]);
  });

  it('names the proto field of a malformed message', async () => {
    const error = await grpcErrorOf(
      search({ query: { filter: { and: { terms: [isKinds('volume'), { compare: { path: field('name') } }] } } } }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/^query\.filter\.and\.terms\[1\]\.compare\.op: must be one of EQ, /);
    const unset = await grpcErrorOf(search({ query: { filter: { not: {} } } }));
    expect(unset.details).toBe('query.filter.not: must set one of all, and, or, not, is, compare, with');
  });

  it("names the proto field of what the search model's checks refuse", async () => {
    const regex = await grpcErrorOf(
      search({
        query: {
          filter: {
            or: {
              terms: [
                isKinds('volume'),
                { compare: { path: field('name'), op: 'MATCHES', value: { string_value: '(?=x)' } } },
              ],
            },
          },
        },
      }),
    );
    expect(regex.code).toBe(status.INVALID_ARGUMENT);
    expect(regex.details).toMatch(/^query\.filter\.or\.terms\[1\]\.compare\.value/);
    const unknownFamily = await grpcErrorOf(search({ query: { filter: { not: isKinds('volume', 'vm') } } }));
    expect(unknownFamily.details).toMatch(/^query\.filter\.not\.is\.kinds\[1\]: "vm" is neither a kind/);
  });

  it('searches the change log with since', async () => {
    const found = await search({
      query: {
        target: 'CHANGES',
        filter: { compare: { path: field('kind'), op: 'EQ', value: { string_value: 'aws_elb_load_balancer' } } },
        since: { instant: '2000-01-01T00:00:00Z' },
      },
    });
    expect(found.changes.map((change) => [change.uid, change.change])).toEqual([
      [uidOf('aws_elb_load_balancer', 'classic-1'), 'CREATED'],
    ]);
  });
});

describe('Search limits', () => {
  it('answers an aggregation over more groups than SEARCH_LIMITS.groups with RESOURCE_EXHAUSTED naming it', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => resource('aws_test_many', `m-${i}`));
    await store.writeResources('many', many);
    const error = await grpcErrorOf(search({ text: 'is(aws_test_many) | count by uid' }));
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(error.details).toMatch(/^groups: /);
  }, 60_000);
});
