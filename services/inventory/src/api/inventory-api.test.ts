import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { credentials, loadPackageDefinition, status, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore, type ResourceRecord } from '@cloud-inventory/graph-store';
import { parseConfig } from '../config/parse-config.js';
import { startInventory, type RunningInventory } from '../inventory.js';
import { InventoryClient } from './inventory-client.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

const token = 'api-token-for-tests';
let dir: string;
let store: GraphStore;
let inventory: RunningInventory;
let client: InventoryClient;

function resource(index: number, extra: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    uid: `arn:aws:ec2:us-east-1:111111111111:instance/i-${String(index).padStart(4, '0')}`,
    id: `i-${index}`,
    kind: 'aws_ec2_instance',
    name: `web-${index}`,
    tags: { Name: `web-${index}`, Team: index % 2 === 0 ? 'blue' : 'red' },
    cloud: 'aws',
    account: '111111111111',
    region: 'us-east-1',
    serviceGroup: 'EC2',
    type: 'Instance',
    data: { InstanceType: index % 3 === 0 ? 'm5.large' : 't3.micro', CpuCount: index % 4 },
    ...extra,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-api-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  const vpc = resource(0, {
    uid: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1',
    id: 'vpc-1',
    kind: 'aws_vpc',
    name: 'main',
    serviceGroup: 'VPC',
    type: 'VPC',
    tags: { Name: 'main' },
    data: { CidrBlock: '10.0.0.0/16' },
  });
  await store.writeResources('seed', [vpc, ...Array.from({ length: 25 }, (_, index) => resource(index + 1))]);
  await store.writeEdges(
    'seed',
    Array.from({ length: 25 }, (_, index) => ({
      from: resource(index + 1).uid,
      type: 'in_vpc',
      to: vpc.uid,
      toKind: 'aws_vpc',
    })),
  );
  await store.finishSync('seed', []);
  const config = parseConfig({
    accounts: [{ name: 'main', id: '111111111111' }],
    api: { port: 0 },
    metrics: { enabled: false },
  });
  inventory = await startInventory(config, {
    store,
    logger: pino({ level: 'silent' }),
    env: { INVENTORY_API_TOKEN: token },
    schedule: false,
  });
  client = new InventoryClient(`127.0.0.1:${inventory.api?.port}`, { token });
});

afterAll(async () => {
  client.close();
  await inventory.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('inventory API authentication', () => {
  it('refuses calls without a bearer token with UNAUTHENTICATED', async () => {
    const anonymous = new InventoryClient(`127.0.0.1:${inventory.api?.port}`);
    const error = await grpcErrorOf(anonymous.call('GetSummary', {}));
    anonymous.close();
    expect(error.code).toBe(status.UNAUTHENTICATED);
    expect(error.details).toMatch(/Bearer/);
  });

  it('refuses a wrong token and never echoes it', async () => {
    const intruder = new InventoryClient(`127.0.0.1:${inventory.api?.port}`, { token: 'guessed-token' });
    const error = await grpcErrorOf(intruder.call('ListJobs', {}));
    intruder.close();
    expect(error.code).toBe(status.UNAUTHENTICATED);
    expect(error.details).not.toContain('guessed-token');
    expect(error.details).not.toContain(token);
  });
});

type InvalidCase = [method: Parameters<InventoryClient['call']>[0], request: object, field: string];

describe('inventory API arguments', () => {
  it.each<InvalidCase>([
    ['ListResources', { page_size: 5000 }, 'page_size'],
    [
      'ListResources',
      { properties: [{ property: 'InstanceType', op: 'PROPERTY_OPERATOR_UNSPECIFIED', value: 'x' }] },
      'properties[0].op',
    ],
    ['ListResources', { properties: [{ property: 'bad name!', op: 'EQ', value: 'x' }] }, 'properties[0].property'],
    ['ListResources', { tags: [{ key: '' }] }, 'tags[0].key'],
    ['ListResources', { page_token: 'not-a-token' }, 'page_token'],
    ['ListResources', { related: [{ path: [] }] }, 'related[0].path'],
    ['ListResources', { related: [{ path: [{ direction: 'BOTH' }] }] }, 'related[0].path[0].direction'],
    [
      'ListResources',
      { related: [{ path: [{ direction: 'OUT', edge_types: ['in vpc'] }] }] },
      'related[0].path[0].edge_types[0]',
    ],
    [
      'ListResources',
      { related: [{ path: [{ direction: 'OUT' }], properties: [{ property: 'a-b', op: 'EXISTS' }] }] },
      'related[0].properties[0].property',
    ],
    ['ListResources', { related: Array.from({ length: 9 }, () => ({ path: [{ direction: 'OUT' }] })) }, 'related'],
    ['GetSummary', { count_by: 'data.not a key' }, 'count_by'],
    ['GetSummary', { count_by: 'owner' }, 'count_by'],
    ['GetResource', { uid: '' }, 'uid'],
    ['GetNeighbors', { uid: 'x', depth: 9 }, 'depth'],
    ['GetNeighbors', { uid: 'x', limit: 1001 }, 'limit'],
    ['ListChanges', { since: 'yesterday' }, 'since'],
    ['ListJobs', { states: ['JOB_STATE_UNSPECIFIED'] }, 'states[0]'],
    ['GetJob', { job_id: '' }, 'job_id'],
    ['StartSync', { accounts: ['nope'] }, 'accounts[0]'],
    ['StartSync', { regions: ['us-east-1', 'Mars'] }, 'regions[1]'],
    ['StartSync', { services: ['EC2 '] }, 'services[0]'],
  ])('%s with %j is INVALID_ARGUMENT naming %s', async (method, request, field) => {
    const error = await grpcErrorOf(client.call(method, request as never));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details.startsWith(`${field}:`)).toBe(true);
  });

  it('answers NOT_FOUND for an unknown resource and job', async () => {
    expect(
      (await grpcErrorOf(client.call('GetResource', { uid: 'arn:aws:ec2:us-east-1:1:instance/i-none' }))).code,
    ).toBe(status.NOT_FOUND);
    expect((await grpcErrorOf(client.call('GetJob', { job_id: 'no-such-job' }))).code).toBe(status.NOT_FOUND);
    expect((await grpcErrorOf(client.call('GetNeighbors', { uid: 'arn:none' }))).code).toBe(status.NOT_FOUND);
  });

  it('refuses a page token replayed against another filter', async () => {
    const first = await client.call('ListResources', { kinds: ['aws_ec2_instance'], page_size: 5 });
    expect(first.next_page_token).not.toBe('');
    const error = await grpcErrorOf(
      client.call('ListResources', { kinds: ['aws_vpc'], page_token: first.next_page_token }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('page_token: belongs to a different query');
  });
});

describe('inventory API queries', () => {
  it('pages through resources with filters, each resource once', async () => {
    const seen: string[] = [];
    let pageToken = '';
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await client.call('ListResources', {
        kinds: ['aws_ec2_instance'],
        page_size: 7,
        page_token: pageToken,
      });
      seen.push(...page.resources.map((r) => r.uid));
      pageToken = page.next_page_token;
      if (!pageToken) break;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it("filters by the resources' service group and shows it on each resource", async () => {
    const vpcs = await client.call('ListResources', { service_groups: ['VPC'], page_size: 100 });
    expect(vpcs.resources.map((r) => [r.uid, r.service_group])).toEqual([
      ['arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1', 'VPC'],
    ]);
    const ec2 = await client.call('ListResources', { service_groups: ['EC2'], page_size: 100 });
    expect(ec2.resources).toHaveLength(25);
    expect(ec2.resources.every((r) => r.service_group === 'EC2' && r.kind === 'aws_ec2_instance')).toBe(true);
    const byTaskService = await client.call('ListResources', { service_groups: ['ec2'], page_size: 100 });
    expect(byTaskService.resources).toEqual([]);
  });

  it('filters by tag and by property comparison', async () => {
    const blue = await client.call('ListResources', { tags: [{ key: 'Team', value: 'blue' }], page_size: 100 });
    expect(blue.resources).toHaveLength(12);
    expect(blue.resources.every((r) => r.tags.Team === 'blue')).toBe(true);
    const large = await client.call('ListResources', {
      properties: [{ property: 'InstanceType', op: 'EQ', value: 'm5.large' }],
    });
    expect(large.resources.map((r) => r.name).sort()).toEqual([
      'web-12',
      'web-15',
      'web-18',
      'web-21',
      'web-24',
      'web-3',
      'web-6',
      'web-9',
    ]);
    const busy = await client.call('ListResources', {
      properties: [{ property: 'CpuCount', op: 'GTE', value: '3' }],
      page_size: 100,
    });
    expect(busy.resources.every((r) => (JSON.parse(r.data_json) as { CpuCount: number }).CpuCount >= 3)).toBe(true);
    expect(busy.resources).toHaveLength(6);
  });

  it('filters by related resources: a path of edges to resources meeting conditions, or its absence', async () => {
    const inVpc = { direction: 'OUT' as const, edge_types: ['in_vpc'], kinds: ['aws_vpc'] };
    const inMain = await client.call('ListResources', {
      related: [{ path: [inVpc], properties: [{ property: 'CidrBlock', op: 'EQ', value: '10.0.0.0/16' }] }],
      page_size: 100,
    });
    expect(inMain.resources).toHaveLength(25);
    const elsewhere = await client.call('ListResources', {
      related: [{ path: [inVpc], properties: [{ property: 'CidrBlock', op: 'EQ', value: '10.1.0.0/16' }] }],
    });
    expect(elsewhere.resources).toHaveLength(0);
    const emptyVpcs = await client.call('ListResources', {
      kinds: ['aws_vpc'],
      related: [{ path: [{ direction: 'IN', edge_types: ['in_vpc'] }], absent: true }],
    });
    expect(emptyVpcs.resources).toHaveLength(0);
    const loneInstances = await client.call('ListResources', {
      kinds: ['aws_ec2_instance'],
      related: [{ path: [{ direction: 'OUT' }], absent: true }],
    });
    expect(loneInstances.resources).toHaveLength(0);
  });

  it('returns a resource and its neighbours in either direction', async () => {
    const vpcUid = 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1';
    const vpc = await client.call('GetResource', { uid: vpcUid });
    expect(vpc).toMatchObject({ kind: 'aws_vpc', name: 'main', last_sync_id: 'seed' });
    const inbound = await client.call('GetNeighbors', { uid: vpcUid, direction: 'IN', edge_types: ['in_vpc'] });
    expect(inbound.resources).toHaveLength(25);
    expect(inbound.edges.every((edge) => edge.to === vpcUid && edge.type === 'in_vpc')).toBe(true);
    const outbound = await client.call('GetNeighbors', { uid: vpcUid, direction: 'OUT' });
    expect(outbound.resources).toHaveLength(0);
  });

  it('cuts a neighbourhood at its limit and says it was cut', async () => {
    const vpcUid = 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1';
    const cut = await client.call('GetNeighbors', { uid: vpcUid, direction: 'IN', limit: 10 });
    expect(cut.resources).toHaveLength(10);
    expect(cut.edges).toHaveLength(10);
    expect(cut.truncated).toBe(true);
    const whole = await client.call('GetNeighbors', { uid: vpcUid, direction: 'IN' });
    expect(whole.resources).toHaveLength(25);
    expect(whole.truncated).toBe(false);
  });

  it('counts a summary by a field of the data or a tag as well', async () => {
    const byType = await client.call('GetSummary', { kinds: ['aws_ec2_instance'], count_by: 'data.InstanceType' });
    expect(byType.by_field).toEqual([
      { key: 't3.micro', count: 17 },
      { key: 'm5.large', count: 8 },
    ]);
    const byTeam = await client.call('GetSummary', { count_by: 'tag:Team' });
    expect(byTeam.by_field).toEqual([
      { key: 'red', count: 13 },
      { key: 'blue', count: 12 },
      { key: '', count: 1 },
    ]);
    expect((await client.call('GetSummary', {})).by_field).toEqual([]);
  });

  it('counts in a filtered summary only the edges of the resources the filter keeps', async () => {
    const vpcs = await client.call('GetSummary', { kinds: ['aws_vpc'] });
    expect(vpcs).toMatchObject({ total_resources: 1, total_edges: 0 });
    const instances = await client.call('GetSummary', { kinds: ['aws_ec2_instance'] });
    expect(instances).toMatchObject({ total_resources: 25, total_edges: 25 });
  });

  it('lists changes of a sync and summarises counts by kind, account and region', async () => {
    const changes = await client.call('ListChanges', { sync_id: 'seed', changes: ['CREATED'], page_size: 100 });
    expect(changes.changes).toHaveLength(26);
    expect(changes.changes[0]?.change).toBe('CREATED');
    const summary = await client.call('GetSummary', {});
    expect(summary.total_resources).toBe(26);
    expect(summary.total_edges).toBe(25);
    expect(summary.by_kind).toEqual([
      { key: 'aws_ec2_instance', count: 25 },
      { key: 'aws_vpc', count: 1 },
    ]);
    expect(summary.by_account).toEqual([{ key: '111111111111', count: 26 }]);
    expect(summary.by_region).toEqual([{ key: 'us-east-1', count: 26 }]);
  });
});

describe('standard services', () => {
  it('answers the gRPC health check as SERVING, without a token', async () => {
    const require = createRequire(import.meta.url);
    const { protoPath } = require('grpc-health-check') as { protoPath: string };
    const grpcObject = loadPackageDefinition(loadSync(protoPath, { keepCase: true, enums: String })) as unknown as {
      grpc: {
        health: {
          v1: { Health: new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => HealthClient };
        };
      };
    };
    type HealthClient = {
      Check(
        request: { service: string },
        callback: (error: ServiceError | null, response?: { status: string }) => void,
      ): void;
      close(): void;
    };
    const health = new grpcObject.grpc.health.v1.Health(
      `127.0.0.1:${inventory.api?.port}`,
      credentials.createInsecure(),
    );
    const check = (service: string) =>
      new Promise<string>((resolve, reject) =>
        health.Check({ service }, (error, response) => (error ? reject(error) : resolve(response?.status ?? ''))),
      );
    expect(await check('')).toBe('SERVING');
    expect(await check('cloudinventory.inventory.v1.Inventory')).toBe('SERVING');
    health.close();
  });

  it('lists the Inventory service and its file through server reflection', async () => {
    const require = createRequire(import.meta.url);
    const reflectionRoot = dirname(require.resolve('@grpc/reflection/package.json'));
    const definition = loadSync(join(reflectionRoot, 'build/proto/grpc/reflection/v1/reflection.proto'), {
      keepCase: true,
    });
    type Stream = {
      write(message: object): void;
      end(): void;
      on(event: 'data', listener: (message: Record<string, unknown>) => void): void;
      on(event: 'error', listener: (error: Error) => void): void;
    };
    const grpcObject = loadPackageDefinition(definition) as unknown as {
      grpc: {
        reflection: {
          v1: {
            ServerReflection: new (
              address: string,
              creds: ReturnType<typeof credentials.createInsecure>,
            ) => { ServerReflectionInfo(): Stream; close(): void };
          };
        };
      };
    };
    const reflection = new grpcObject.grpc.reflection.v1.ServerReflection(
      `127.0.0.1:${inventory.api?.port}`,
      credentials.createInsecure(),
    );
    const stream = reflection.ServerReflectionInfo();
    const answers: Record<string, unknown>[] = [];
    const done = new Promise<void>((resolve, reject) => {
      stream.on('data', (message) => {
        answers.push(message);
        if (answers.length === 2) resolve();
      });
      stream.on('error', reject);
    });
    stream.write({ list_services: '' });
    stream.write({ file_containing_symbol: 'cloudinventory.inventory.v1.Inventory' });
    await done;
    stream.end();
    reflection.close();
    const services = (answers[0]?.list_services_response as { service: { name: string }[] }).service.map((s) => s.name);
    expect(services).toEqual(
      expect.arrayContaining(['cloudinventory.inventory.v1.Inventory', 'grpc.health.v1.Health']),
    );
    const files = (answers[1]?.file_descriptor_response as { file_descriptor_proto: Buffer[] }).file_descriptor_proto;
    expect(Buffer.concat(files).toString('latin1')).toContain('GetNeighbors');
  });
});
