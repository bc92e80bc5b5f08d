import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { describeGraphStoreContract } from './contract/graph-store.contract.js';
import { edge, instance, scopeOf, volume } from './contract/fixtures.js';
import { HOSTILE_STRINGS } from './contract/hostile.cases.js';
import { Neo4jGraphStore, type Neo4jStoreConfig } from './neo4j/index.js';
import { emptyNeo4jDatabase } from './testing/empty-neo4j-database.js';
import { holdNeo4jDatabase } from './testing/neo4j-database-lock.js';

/**
 * The shared contract against a real Neo4j: the one the jest global set-up started (tools/neo4j-launcher) or the
 * one NEO4J_URI names. Every store starts from an empty database: the file holds the database while it runs
 * (holdNeo4jDatabase), so that the inventory's Neo4j test, in another Jest worker, waits.
 */
const uri = process.env['NEO4J_TEST_URI'];
const connection = uri
  ? { uri, user: process.env['NEO4J_TEST_USER'] ?? 'neo4j', password: process.env['NEO4J_TEST_PASSWORD'] ?? '' }
  : undefined;
const skipReason = connection
  ? undefined
  : (process.env['NEO4J_TEST_UNAVAILABLE'] ?? 'no Neo4j (set NEO4J_URI, or install java and mvn for the launcher)');

const waitForDatabaseMs = 600_000;
let releaseDatabase: (() => Promise<void>) | undefined;
beforeAll(async () => {
  if (connection) releaseDatabase = await holdNeo4jDatabase(connection.uri, waitForDatabaseMs);
}, waitForDatabaseMs);
afterAll(async () => {
  await releaseDatabase?.();
});

// Small batches, so that writes and cleanup cross batch boundaries in every case.
const storeConfig = (): Neo4jStoreConfig => ({ ...connection!, batchSize: 4, cleanupBatchSize: 3 });

/** Runs one auto-commit query on the test server and returns its rows. */
async function query(text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const driver = neo4j.driver(connection!.uri, neo4j.auth.basic(connection!.user, connection!.password), {
    disableLosslessIntegers: true,
  });
  const session = driver.session();
  try {
    return (await session.run(text, params)).records.map((record) => record.toObject());
  } finally {
    await session.close();
    await driver.close();
  }
}

async function emptyDatabase(): Promise<void> {
  await emptyNeo4jDatabase(connection!);
}

const column = (rows: Record<string, unknown>[], name: string) => rows.map((row) => row[name]).sort();

describe('Neo4jGraphStore', () => {
  describeGraphStoreContract(
    'neo4j',
    async () => {
      await emptyDatabase();
      return new Neo4jGraphStore(storeConfig());
    },
    {
      ...(skipReason === undefined ? {} : { skipReason }),
      reopen: async (store) => {
        await store.close();
        return new Neo4jGraphStore(storeConfig());
      },
    },
  );
});

const maybe = connection ? describe : describe.skip;

maybe('Neo4jGraphStore on the real server', () => {
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    await emptyDatabase();
    store = new Neo4jGraphStore(storeConfig());
    await store.init();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('labels each resource node with the common label and its kind', async () => {
    await store.writeResources('sync-labels', [volume('vol-1'), instance('i-1')]);
    const rows = await query('MATCH (r:Resource) RETURN r.uid AS uid, labels(r) AS labels ORDER BY uid');
    expect(rows.map((row) => (row['labels'] as string[]).sort())).toEqual(
      [
        ['Resource', 'aws_ec2_volume'],
        ['Resource', 'aws_ec2_instance'],
      ]
        .map((labels) => labels.sort())
        .sort((a, b) => a.join().localeCompare(b.join())),
    );
  });

  it('drops on open the index that earlier versions kept on last_sync_id, which no query can seek', async () => {
    await query('CREATE INDEX resource_last_sync IF NOT EXISTS FOR (r:Resource) ON (r.last_sync_id)');
    expect(column(await query('SHOW INDEXES YIELD name RETURN name'), 'name')).toContain('resource_last_sync');
    const reopened = new Neo4jGraphStore(storeConfig());
    await reopened.init();
    await reopened.close();
    expect(column(await query('SHOW INDEXES YIELD name RETURN name'), 'name')).not.toContain('resource_last_sync');
  });

  it('creates no label, relationship type, property key or schema rule from hostile input', async () => {
    const schemaBefore = column(await query('SHOW CONSTRAINTS YIELD name RETURN name'), 'name');
    const indexesBefore = column(await query('SHOW INDEXES YIELD name RETURN name'), 'name');
    // Indexed fields are bounded (see index-limits.ts), so the 10,000-character string is cut for them.
    const indexable = (text: string) => text.slice(0, 500);
    const hostileRecords = HOSTILE_STRINGS.map((text, index) =>
      volume(`vol-h${index}`, {
        uid: indexable(text),
        name: text,
        account: indexable(text),
        region: indexable(text),
        tags: { [text]: text },
        data: { [text]: text, State: text },
      }),
    );
    await store.writeResources('sync-hostile', hostileRecords);
    await store.writeEdges(
      'sync-hostile',
      hostileRecords.map((record, index) =>
        edge(record, 'attached_to', hostileRecords[(index + 1) % hostileRecords.length]!),
      ),
    );
    for (const text of HOSTILE_STRINGS) {
      await store.listResources({
        tags: [{ key: text, value: text }],
        properties: [{ property: 'State', op: 'eq', value: text }],
      });
      await store.aggregate({ groupBy: [`tag:${text}`, 'data.State'] });
      await store.listChanges({ syncId: text, kinds: [text] });
      await store.listJobs({ account: text });
    }
    const result = await store.finishSync(
      'sync-hostile',
      hostileRecords.map((record) => scopeOf(record)),
    );

    expect(result.deleted).toBe(0);
    expect(await store.countEdges()).toBe(HOSTILE_STRINGS.length);
    for (const record of hostileRecords) {
      expect(await store.getResource(record.uid)).toMatchObject({
        name: record.name,
        tags: record.tags,
        data: record.data,
      });
    }
    // Labels stay known to the server once used, so this is a subset check of the store's own vocabulary.
    const labels = column(await query('CALL db.labels() YIELD label RETURN label'), 'label');
    const vocabulary = [
      'Change',
      'ChangeSequence',
      'Lease',
      'PendingEdge',
      'Resource',
      'StoreEvent',
      'SyncJob',
      'aws_ec2_instance',
      'aws_ec2_volume',
    ];
    expect(vocabulary).toEqual(expect.arrayContaining(labels));
    expect(labels).toEqual(expect.arrayContaining(['Resource', 'aws_ec2_volume']));
    const types = column(
      await query('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
      'relationshipType',
    );
    const propertyKeys = column(
      await query('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey'),
      'propertyKey',
    );
    const isIdentifier = (name: unknown) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(name));
    expect(types).toContain('attached_to');
    expect([...types, ...propertyKeys].filter((name) => !isIdentifier(name))).toEqual([]);
    expect(column(await query('SHOW CONSTRAINTS YIELD name RETURN name'), 'name')).toEqual(schemaBefore);
    expect(column(await query('SHOW INDEXES YIELD name RETURN name'), 'name')).toEqual(indexesBefore);
  });

  it('rejects a uid or scope field too long for an index with a typed error, writing nothing of the batch', async () => {
    const long = 'x'.repeat(10_000);
    const good = volume('vol-fits');
    await expect(store.writeResources('sync-long', [good, volume('vol-long', { uid: long })])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'resources[1].uid',
    });
    await expect(
      store.writeResources('sync-long', [volume('vol-long', { region: long, uid: 'vol-long' })]),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'resources[0].region',
    });
    await expect(store.writeEdges('sync-long', [edge(good, 'attached_to', long)])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'edges[0].to',
    });
    expect(await store.getResource(good.uid)).toBeUndefined();
  });

  it('drops on open the index on the sync id of pending edges that earlier versions created', async () => {
    await query('CREATE INDEX pending_edge_sync IF NOT EXISTS FOR (p:PendingEdge) ON (p.sync_id)');
    const reopened = new Neo4jGraphStore(storeConfig());
    try {
      await reopened.init();
      expect(column(await query('SHOW INDEXES YIELD name RETURN name'), 'name')).not.toContain('pending_edge_sync');
    } finally {
      await reopened.close();
    }
  });

  it('deletes older edges into a removed resource and keeps the ones this sync wrote as dangling', async () => {
    await emptyDatabase();
    const [vol, old, fresh] = [volume('vol-1'), instance('i-old'), instance('i-fresh', { region: 'eu-west-1' })];
    await store.writeResources('sync-1', [vol, old, fresh]);
    await store.writeEdges('sync-1', [edge(old, 'attached_to', vol), edge(fresh, 'attached_to', vol)]);
    await store.writeResources('sync-2', [old, fresh]);
    await store.writeEdges('sync-2', [edge(fresh, 'attached_to', vol)]);

    const result = await store.finishSync('sync-2', [scopeOf(vol)]);

    expect(result).toMatchObject({ deleted: 1, deletedEdges: 1 });
    expect(result.danglingEdges).toEqual([edge(fresh, 'attached_to', vol)]);
    expect(await store.countEdges()).toBe(0);
    await store.writeResources('sync-3', [vol]);
    expect((await store.neighbors(vol.uid, { direction: 'in' })).resources.map((item) => item.uid)).toEqual([
      fresh.uid,
    ]);
  });
});
