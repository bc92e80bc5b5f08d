import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { scopeOf, volume } from '../contract/fixtures.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-checkpoint-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    // Documented expected case: no WAL file at all is the smallest WAL.
    return 0;
  }
}

/** One sync writing `count` volumes whose data changes every time, then finishing it. */
async function sync(store: SqliteGraphStore, number: number, count: number): Promise<void> {
  const syncId = `sync-${number}`;
  const volumes = Array.from({ length: count }, (_, index) =>
    volume(`vol-${index}`, { data: { Size: number, Note: `written by ${syncId} `.repeat(20) } }),
  );
  for (let start = 0; start < volumes.length; start += 500) {
    await store.writeResources(syncId, volumes.slice(start, start + 500));
  }
  await store.finishSync(syncId, [scopeOf(volumes[0] as ReturnType<typeof volume>)]);
  await store.checkpoint();
}

describe('sqlite WAL', () => {
  it('stays empty after every sync, however many syncs ran', async () => {
    const path = join(dataDir, 'syncs.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    for (let number = 1; number <= 6; number += 1) {
      await sync(store, number, 3000);
      expect(walBytes(path)).toBe(0);
    }
    expect(statSync(path).size).toBeGreaterThan(1_000_000);
    await store.close();
  });

  it('leaves the data in the .db file, so that a copy of that file alone holds every resource', async () => {
    const path = join(dataDir, 'copied.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await sync(store, 1, 2000);
    await sync(store, 2, 2000);
    // Copied while the store is open: the WAL beside it is not part of the copy.
    const copy = join(dataDir, 'only-the-db-file.db');
    copyFileSync(path, copy);
    await store.close();

    const copied = new SqliteGraphStore({ path: copy });
    await copied.init();
    const page = await copied.listResources({ kinds: ['aws_ec2_volume'] }, { limit: 1000 });
    expect(page.items).toHaveLength(1000);
    expect(page.items[0]?.data.Size).toBe(2);
    expect((await copied.aggregate({ groupBy: ['kind'] }))[0]?.value).toBe(2000);
    await copied.close();
  });

  it('does not wait for a reader that holds the WAL, and empties it at the next sync', async () => {
    const path = join(dataDir, 'read.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await sync(store, 1, 1000);
    // Another process reading (a backup, say): its read transaction keeps the WAL frames after its snapshot in use.
    const reader = new Database(path, { readonly: true });
    reader.prepare('BEGIN').run();
    reader.prepare('SELECT count(*) FROM resources').get();

    await sync(store, 2, 1000);
    // The store waits up to 5 s for a lock (busy_timeout); a checkpoint that waited for this reader would take that.
    const started = Date.now();
    await store.checkpoint();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(walBytes(path)).toBeGreaterThan(0);

    reader.prepare('COMMIT').run();
    reader.close();
    await sync(store, 3, 1000);
    expect(walBytes(path)).toBe(0);
    await store.close();
  });
});
