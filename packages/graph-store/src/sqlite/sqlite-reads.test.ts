import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { volume } from '../contract/fixtures.js';
import { dataJsonOf } from '../stored-data-json.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-reads-'));
const path = join(dataDir, 'reads.db');
const store = new SqliteGraphStore({ path });
beforeAll(() => store.init());
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const countAll = async () => (await store.aggregate({ groupBy: [], value: { op: 'count' } }))[0]?.value;

describe('kept aggregates', () => {
  it('answer a write made after them, by this connection and by another', async () => {
    await store.writeResources('sync-1', [volume('vol-1')]);
    expect(await countAll()).toBe(1);
    await store.writeResources('sync-1', [volume('vol-2')]);
    expect(await countAll()).toBe(2);
    const other = new Database(path);
    // A change the store did not make itself (another process on the same file).
    other.exec('DELETE FROM resource_seen WHERE rid = (SELECT max(rid) FROM resources)');
    other.exec('DELETE FROM resources WHERE rid = (SELECT max(rid) FROM resources)');
    other.close();
    expect(await countAll()).toBe(1);
  });

  it('give each caller its own rows', async () => {
    const first = await store.aggregate({ groupBy: ['kind'] });
    first[0]!.value = 1000;
    expect((await store.aggregate({ groupBy: ['kind'] }))[0]?.value).toBe(1);
  });
});

describe('stored data', () => {
  it('is sent as stored until read, and as it is after a change', async () => {
    await store.writeResources('sync-2', [volume('vol-3', { data: { Size: 8, State: 'in-use' } })]);
    const stored = await store.getResource(volume('vol-3').uid);
    expect(dataJsonOf(stored!)).toBe(JSON.stringify(stored!.data));
    stored!.data.Size = 9;
    expect(JSON.parse(dataJsonOf(stored!))).toMatchObject({ Size: 9, State: 'in-use' });
    stored!.data = { replaced: true };
    expect(dataJsonOf(stored!)).toBe('{"replaced":true}');
  });
});
