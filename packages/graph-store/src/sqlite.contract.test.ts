import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { describeGraphStoreContract } from './contract/graph-store.contract.js';
import type { GraphStore } from './graph-store.js';
import { SqliteGraphStore } from './sqlite/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-contract-'));
const pathByStore = new WeakMap<GraphStore, string>();
let opened = 0;

function openAt(path: string): GraphStore {
  // A tiny cleanup batch makes every cleanup case cross batch boundaries.
  const store = new SqliteGraphStore({ path, cleanupBatchSize: 4 });
  pathByStore.set(store, path);
  return store;
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeGraphStoreContract('sqlite', async () => openAt(join(dataDir, `store-${++opened}`, 'inventory.db')), {
  reopen: async (store) => {
    await store.close();
    return openAt(pathByStore.get(store)!);
  },
});
