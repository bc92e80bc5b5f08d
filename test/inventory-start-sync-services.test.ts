import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';
import { InventoryClient, parseConfig, startInventory, type RunningInventory } from '@cloud-inventory/inventory';

const token = 'start-sync-token';
let dir: string;
let store: GraphStore;
let collector: { port: number; stop(): Promise<void> };
let inventory: RunningInventory;
let client: InventoryClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-start-sync-'));
  store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  collector = await startAwsCollector({ host: '127.0.0.1', port: 0, poolSize: 0, insecureNoAuth: true });
  const config = parseConfig({
    accounts: [
      { name: 'main', id: '111111111111', collector: `127.0.0.1:${collector.port}` },
      // A collector that is not running: nothing answers its Init.
      { name: 'offline', id: '222222222222', collector: '127.0.0.1:1' },
    ],
    api: { port: 0 },
    metrics: { enabled: false },
  });
  inventory = await startInventory(config, {
    store,
    logger: pino({ level: 'silent' }),
    env: { INVENTORY_API_TOKEN: token },
    schedule: false,
  });
  client = new InventoryClient(`127.0.0.1:${inventory.api?.port}`, { token, deadlineMs: 10_000 });
});

afterAll(async () => {
  client.close();
  await inventory.stop();
  await collector.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('StartSync services', () => {
  it('refuses a service the collector does not offer before any job exists, naming it', async () => {
    const error = await grpcErrorOf(client.call('StartSync', { accounts: ['main'], services: ['ec2', 'kinesis'] }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(
      /^services\[1\]: unknown service "kinesis"; the collector at 127\.0\.0\.1:\d+ offers /,
    );
    expect(error.details).toContain('ec2');
    expect((await client.call('ListJobs', {})).jobs).toEqual([]);
  });

  it("is UNAVAILABLE when a chosen account's collector cannot say which services it offers, and starts no job", async () => {
    const error = await grpcErrorOf(client.call('StartSync', { accounts: ['offline'], services: ['ec2'] }));
    expect(error.code).toBe(status.UNAVAILABLE);
    expect(error.details).toBe('cannot check the services: the collector at 127.0.0.1:1 did not answer Init');
    expect((await client.call('ListJobs', {})).jobs).toEqual([]);
  });

  it('names an unknown account before it asks any collector', async () => {
    const error = await grpcErrorOf(client.call('StartSync', { accounts: ['main', 'nope'], services: ['ec2'] }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('accounts[1]: no configured account "nope"');
  });
});
