import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { scopeOf, volume } from '../contract/fixtures.js';
import { InvalidStoreArgumentError } from '../errors.js';
import { backupSqliteFile } from './sqlite-backup.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-backup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const volumes = Array.from({ length: 3000 }, (_, index) => volume(`vol-${index}`, { data: { Size: index } }));

async function openStore(name: string): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore({ path: join(dataDir, name) });
  await store.init();
  return store;
}

async function allUids(store: SqliteGraphStore): Promise<string[]> {
  const uids: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.listResources({}, { limit: 1000, ...(pageToken ? { pageToken } : {}) });
    uids.push(...page.items.map((item) => item.uid));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return uids;
}

describe('sqlite backup', () => {
  it('copies a store that is being written into one file that opens as a store with the same resources', async () => {
    const store = await openStore('live.db');
    await store.writeResources('sync-1', volumes);
    await store.finishSync('sync-1', [scopeOf(volumes[0] as ReturnType<typeof volume>)]);
    await store.saveJob({
      id: 'sync-1',
      state: 'SUCCESS',
      trigger: 'test',
      accounts: ['a'],
      createdAt: '2026-01-01T00:00:00.000Z',
      counts: { created: 3000, updated: 0, unchanged: 0, deleted: 0, failed: 0 },
      tasks: [],
    });
    // A second sync writes (unchanged resources, their last-seen rows) while the backup runs.
    const writing = (async () => {
      for (let start = 0; start < volumes.length; start += 100) {
        await store.writeResources('sync-2', volumes.slice(start, start + 100));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await backupSqliteFile(join(dataDir, 'live.db'), join(dataDir, 'backup.db'));
    await writing;

    expect(result.path).toBe(join(dataDir, 'backup.db'));
    expect(result.bytes).toBeGreaterThan(0);
    expect(readdirSync(dataDir).filter((name) => name.includes('partial'))).toEqual([]);
    const restored = await openStore('backup.db');
    expect(await allUids(restored)).toEqual(await allUids(store));
    expect((await restored.getJob('sync-1'))?.state).toBe('SUCCESS');
    await restored.close();
    await store.close();
  });

  it('never overwrites an existing file', async () => {
    const store = await openStore('kept.db');
    await store.writeResources('sync-1', volumes.slice(0, 10));
    const existing = join(dataDir, 'existing.db');
    writeFileSync(existing, 'precious');

    await expect(backupSqliteFile(join(dataDir, 'kept.db'), existing)).rejects.toThrow(InvalidStoreArgumentError);
    expect(readFileSync(existing, 'utf8')).toBe('precious');
    await store.close();
  });

  it('refuses a file that is not an inventory store, and writes nothing', async () => {
    const other = join(dataDir, 'other.db');
    writeFileSync(other, '');
    const destination = join(dataDir, 'not-written.db');

    await expect(backupSqliteFile(other, destination)).rejects.toThrow('is not an inventory store');
    expect(existsSync(destination)).toBe(false);
  });
});
