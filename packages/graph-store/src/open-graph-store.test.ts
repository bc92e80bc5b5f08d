import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { graphStoreConfigFromEnv, openGraphStore, SqliteGraphStore } from './index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-factory-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('graphStoreConfigFromEnv', () => {
  it('chooses the embedded store in the data directory when no NEO4J_URI is set', () => {
    expect(graphStoreConfigFromEnv({}, '/var/lib/inventory')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/inventory/inventory.db',
    });
    expect(graphStoreConfigFromEnv({ NEO4J_URI: '' }, '/data').kind).toBe('sqlite');
  });

  it('chooses Neo4j with its credentials when NEO4J_URI is set', () => {
    expect(
      graphStoreConfigFromEnv(
        { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_USER: 'svc', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'inv' },
        '/data',
      ),
    ).toEqual({ kind: 'neo4j', uri: 'bolt://127.0.0.1:7687', user: 'svc', password: 'pw', database: 'inv' });
  });
});

describe('openGraphStore', () => {
  it('opens an initialised SQLite store, creating its directory', async () => {
    const store = await openGraphStore(graphStoreConfigFromEnv({}, join(dataDir, 'nested', 'dir')));
    expect(store).toBeInstanceOf(SqliteGraphStore);
    expect(await store.getResource('nothing')).toBeUndefined();
    await store.close();
  });

  it('reports a database path that cannot be opened as STORE_UNAVAILABLE', async () => {
    const notADirectory = join(dataDir, 'plain-file');
    writeFileSync(notADirectory, '');
    await expect(openGraphStore({ kind: 'sqlite', path: join(notADirectory, 'inventory.db') })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
  });
});
