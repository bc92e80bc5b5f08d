import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-schema-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('sqlite schema', () => {
  it('opens in WAL mode and marks its layout version', async () => {
    const path = join(dataDir, 'fresh.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a file of another layout version as STORE_UNAVAILABLE instead of misreading it', async () => {
    const path = join(dataDir, 'future.db');
    const db = new Database(path);
    db.pragma('user_version = 7');
    db.close();
    await expect(new SqliteGraphStore({ path }).init()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
