import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import type { ServiceRequestLimits } from '@cloud-inventory/protocol';
import { grpcErrorOf, requestFieldsOf, requestLimitsCases, requestWith } from '@cloud-inventory/protocol/testing';
import { parseConfig } from '../config/parse-config.js';
import { startInventory, type RunningInventory } from '../inventory.js';
import { ReactClient } from '../react/api/react-client.js';
import { reactRequestLimits } from '../react/api/react-request-limits.js';
import { loadReactProto, reactServiceName } from '../react/api/react-service.js';
import { InventoryClient } from './inventory-client.js';
import { inventoryServiceName, loadInventoryProto } from './inventory-proto.js';
import { inventoryRequestLimits } from './request-limits.js';

const token = 'limits-test-token';
const hugeLength = 200 * 1024;
let dir: string;
let store: GraphStore;
let inventory: RunningInventory;
let inventoryClient: InventoryClient;
let reactClient: ReactClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-limits-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  inventory = await startInventory(
    parseConfig({ accounts: [{ name: 'main', id: '111111111111' }], api: { port: 0 }, metrics: { enabled: false } }),
    { store, logger: pino({ level: 'silent' }), env: { INVENTORY_API_TOKEN: token }, schedule: false },
  );
  const address = `127.0.0.1:${inventory.api?.port}`;
  // A short deadline: a call the server never answers (the bug this guards against) fails instead of hanging.
  inventoryClient = new InventoryClient(address, { token, deadlineMs: 5_000 });
  reactClient = new ReactClient(address, { token, deadlineMs: 5_000 });
});

afterAll(async () => {
  inventoryClient.close();
  reactClient.close();
  await inventory.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

type Call = (method: string, request: object) => Promise<unknown>;

const services: [name: string, limits: ServiceRequestLimits, definition: () => object, call: () => Call][] = [
  [
    inventoryServiceName,
    inventoryRequestLimits,
    () => loadInventoryProto().definition,
    () => (method, request) => inventoryClient.call(method as 'GetJob', request as never),
  ],
  [
    reactServiceName,
    reactRequestLimits,
    () => loadReactProto().definition,
    () => (method, request) => reactClient.call(method as 'ListAutomations', request as never),
  ],
];

describe.each(services)('%s request limits', (service, limits, definition, callOf) => {
  const fields = requestFieldsOf(definition() as never, service);
  requestLimitsCases(fields, limits, (method, request) => callOf()(method, request));

  it('has a table entry for every method and no other', () => {
    expect(Object.keys(limits).sort()).toEqual(Object.keys(fields).sort());
  });

  const strings = Object.entries(fields).flatMap(([method, found]) =>
    found.strings.map((path) => [method, path] as const),
  );
  it.each(strings)('%s accepts %s at its maximum length (whatever else it says of it)', async (method, path) => {
    const { request } = requestWith(path, 'x'.repeat(limits[method]?.strings[path] ?? 0));
    const outcome = await callOf()(method, request).then(
      () => 'accepted',
      (error: { details?: string }) => error.details ?? '',
    );
    expect(outcome).not.toContain('must be at most');
  });
});

describe('long ids', () => {
  const longId = 'arn:aws:ec2:us-east-1:111111111111:instance/'.padEnd(hugeLength, 'i');

  it.each<[method: 'GetResource' | 'GetNeighbors' | 'GetJob', field: string]>([
    ['GetResource', 'uid'],
    ['GetNeighbors', 'uid'],
    ['GetJob', 'job_id'],
  ])('%s with a 200 KB %s is INVALID_ARGUMENT naming it, within the 5 s deadline', async (method, field) => {
    const error = await grpcErrorOf(inventoryClient.call(method, { [field]: longId } as never));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details.startsWith(`${field}: `)).toBe(true);
    expect(error.details.length).toBeLessThan(120);
  });

  it('quotes an unknown id only as a short excerpt with its control characters escaped', async () => {
    const uid = `arn:aws:ec2:eu-west-1:1:instance/i-\u001b[31m\n${'x'.repeat(1900)}`;
    const error = await grpcErrorOf(inventoryClient.call('GetResource', { uid }));
    expect(error.code).toBe(status.NOT_FOUND);
    expect(error.details).toMatch(
      /^resource "arn:aws:ec2:eu-west-1:1:instance\/i-\\u001b\[31m\\nx+…" \(1941 characters\) not found$/,
    );
    expect(error.details.length).toBeLessThan(120);
  });
});

describe('filters at their maximum', () => {
  const tags = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `t${index}`, value: 'v' }));
  const properties = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ property: `p${index}`, op: 'GTE', value: String(index) }));

  it('lists resources with the largest filter, and refuses 1000 tag conditions as INVALID_ARGUMENT, not INTERNAL', async () => {
    const page = await inventoryClient.call('ListResources', {
      uids: Array.from({ length: 1000 }, (_, index) => `arn:aws:ec2:us-east-1:1:instance/i-${index}`),
      tags: tags(50),
      properties: properties(50),
    } as never);
    expect(page.resources).toEqual([]);
    const error = await grpcErrorOf(inventoryClient.call('ListResources', { tags: tags(1000) } as never));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('tags: must have at most 50 entries (got 1000)');
  });

  it('creates and runs an automation with the largest filter, and refuses a larger one when it is created', async () => {
    const automation = (filter: object, name: string) => ({
      automation: { name, cron: '0 3 * * *', filter, log: { message: 'many conditions' } },
    });
    await reactClient.call(
      'CreateAutomation',
      automation({ tags: tags(50), properties: properties(50) }, 'largest') as never,
    );
    const run = await reactClient.call('RunAutomationNow', { name: 'largest' });
    expect(run).toMatchObject({ outcome: 'AUTOMATION_RUN_OUTCOME_SUCCEEDED', error: '', resources: 0 });
    const error = await grpcErrorOf(
      reactClient.call('CreateAutomation', automation({ tags: tags(1000) }, 'too-many') as never),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('automation.filter.tags: must have at most 50 entries (got 1000)');
  });
});
