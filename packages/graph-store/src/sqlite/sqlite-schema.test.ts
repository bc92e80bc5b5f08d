import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { volume } from '../contract/fixtures.js';
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
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('upgrades a file of the layout before orphan marks in place: its resources stay, unmarked', async () => {
    const path = join(dataDir, 'unorphaned.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await store.writeResources('sync-1', [volume('vol-1')]);
    await store.close();
    const old = new Database(path);
    old.exec('DROP INDEX resources_orphaned');
    old.exec('ALTER TABLE resources DROP COLUMN orphaned_since');
    old.pragma('user_version = 2');
    old.close();

    const upgraded = new SqliteGraphStore({ path });
    await upgraded.init();
    expect(await upgraded.getResource(volume('vol-1').uid)).not.toHaveProperty('orphanedSince');
    const at = '2026-03-01T00:00:00.000Z';
    expect(
      await upgraded.markOrphaned(
        [{ cloud: 'aws', account: '111111111111', region: 'us-east-1', serviceGroup: 'EC2', kind: 'aws_ec2_volume' }],
        at,
      ),
    ).toBe(1);
    expect((await upgraded.getResource(volume('vol-1').uid))?.orphanedSince).toBe(at);
    await upgraded.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('upgrades a file of the content-hash layout in place, keeping its resources', async () => {
    const path = join(dataDir, 'hashed.db');
    const store = new SqliteGraphStore({ path });
    await store.init();
    await store.writeResources('sync-1', [volume('vol-1')]);
    await store.close();
    const old = new Database(path);
    old.exec("ALTER TABLE resources ADD COLUMN content_hash TEXT NOT NULL DEFAULT 'x'");
    old.exec('DROP INDEX resources_orphaned');
    old.exec('ALTER TABLE resources DROP COLUMN orphaned_since');
    old.pragma('user_version = 1');
    old.close();

    const upgraded = new SqliteGraphStore({ path });
    await upgraded.init();
    const result = await upgraded.writeResources('sync-2', [volume('vol-1'), volume('vol-2')]);
    expect(result).toMatchObject({ created: 1, unchanged: 1 });
    expect((await upgraded.getResource(volume('vol-1').uid))?.lastSyncId).toBe('sync-2');
    await upgraded.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT name FROM pragma_table_info('resources') WHERE name = 'content_hash'").all()).toEqual([]);
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
