import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { parseConfig } from '../config/parse-config.js';
import { startInventory, type InventoryDeps, type RunningInventory } from '../inventory.js';

let dir: string | undefined;
let store: GraphStore | undefined;
let inventory: RunningInventory | undefined;

afterEach(async () => {
  await inventory?.stop();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts an inventory on a real SQLite store, counting the grouped queries the metrics make over the graph. */
async function startCountingAggregates(serving: Pick<InventoryDeps, 'api' | 'metricsEndpoint'>) {
  dir = await mkdtemp(join(tmpdir(), 'metrics-readers-'));
  const opened = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  store = opened;
  const counted = { aggregates: 0 };
  const counting = new Proxy(opened, {
    get(target, property, receiver) {
      if (property === 'aggregate') counted.aggregates++;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const config = parseConfig({ accounts: [{ name: 'main' }], api: { port: 0 }, metrics: { enabled: false } });
  inventory = await startInventory(config, {
    store: counting,
    logger: pino({ level: 'silent' }),
    env: {},
    schedule: false,
    ...serving,
  });
  const atStart = counted.aggregates;
  const finished = { jobId: 'job-1', state: 'SUCCESS' as const, durationMs: 1, at: new Date().toISOString() };
  inventory.events.emit('sync.finished', {
    ...finished,
    counts: { created: 0, updated: 0, unchanged: 0, deleted: 0, failed: 0 },
  });
  await inventory.react.idle();
  return { atStart, afterSync: counted.aggregates - atStart };
}

describe('metrics over the graph', () => {
  it('are computed at start and after each sync when the API can read them', async () => {
    const counted = await startCountingAggregates({ api: true, metricsEndpoint: false });
    expect(counted.atStart).toBeGreaterThan(0);
    expect(counted.afterSync).toBeGreaterThan(0);
  });

  it('are not computed when nothing can read them (no API, no /metrics: a --once run)', async () => {
    const counted = await startCountingAggregates({ api: false, metricsEndpoint: false });
    expect(counted).toEqual({ atStart: 0, afterSync: 0 });
  });
});
