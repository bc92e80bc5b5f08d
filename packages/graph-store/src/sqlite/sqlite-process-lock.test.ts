import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from '../errors.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

// A second process is refused the same way (test/inventory-main.test.ts); crash-safety.test.ts reopens after kill -9.
describe('one open store per SQLite file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sqlite-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second store on the same file while the first is open, and opens once it closed', async () => {
    const path = join(dir, 'inventory.db');
    const first = new SqliteGraphStore({ path });
    await first.init();
    const second = new SqliteGraphStore({ path });
    const refused = await second.init().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).toContain(`${path} is already open in another process`);
    await first.close();
    await second.init();
    expect(await second.listJobs({})).toEqual({ items: [] });
    await second.close();
  });

  it('lets stores on other files open side by side', async () => {
    const stores = [
      new SqliteGraphStore({ path: join(dir, 'a.db') }),
      new SqliteGraphStore({ path: join(dir, 'b.db') }),
    ];
    for (const store of stores) await store.init();
    for (const store of stores) await store.close();
  });
});
