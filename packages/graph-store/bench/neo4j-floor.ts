import type { EdgeRecord, ResourceRecord } from '../src/index.js';
import { chunk } from '../src/neo4j/store-context.js';
import { emptyNeo4jDatabase } from '../src/testing/index.js';
import { benchDriver, processCpuMs, type QueryBenchNeo4j } from './query-neo4j.js';

/**
 * The least a Neo4j graph of the bench's inventory costs: each batch one transaction that MERGEs the nodes on a
 * uniqueness-constrained uid with the core fields and the document as JSON, then MERGEs one relationship type
 * between existing ends (dangling edges are dropped). No kind labels, queryable data_ properties, change log, sync
 * markers or pending edges: what the store writes beyond this is what those features cost.
 */
export interface FloorResult {
  resources: number;
  edges: number;
  writeMs: number;
  resourcesPerSecond: number;
  /** The bench process's CPU time (the driver's encoding and socket writes). */
  cpuMs: number;
  serverCpuMs?: number;
}

const label = 'BenchFloor';

function floorRow(resource: ResourceRecord) {
  const { uid, id, kind, name, cloud, account, region, tags, data } = resource;
  return {
    uid,
    properties: {
      id,
      kind,
      name,
      cloud,
      account,
      region,
      tags_json: JSON.stringify(tags),
      data_json: JSON.stringify(data),
    },
  };
}

/**
 * A first write of the floor graph on an emptied database, which it empties again (it must hold nothing else, as for
 * the rest of the bench); `warmUp` runs it once before, unmeasured.
 */
export async function measureNeo4jFloor(
  server: QueryBenchNeo4j,
  resources: ResourceRecord[],
  edges: EdgeRecord[],
  batchSize: number,
  warmUp: boolean,
): Promise<FloorResult> {
  const driver = benchDriver(server);
  try {
    await driver.executeQuery(
      `CREATE CONSTRAINT bench_floor_uid IF NOT EXISTS FOR (n:${label}) REQUIRE n.uid IS UNIQUE`,
    );
    if (warmUp) {
      await writeFloor(driver, resources, edges, batchSize);
      await emptyNeo4jDatabase(server);
    }
    const pid = server.child?.pid;
    const serverCpuStarted = processCpuMs(pid);
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    await writeFloor(driver, resources, edges, batchSize);
    const writeMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const serverCpuEnded = processCpuMs(pid);
    await emptyNeo4jDatabase(server);
    await driver.executeQuery('DROP CONSTRAINT bench_floor_uid IF EXISTS');
    return {
      resources: resources.length,
      edges: edges.length,
      writeMs: Math.round(writeMs),
      resourcesPerSecond: Math.round(resources.length / (writeMs / 1000)),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      ...(serverCpuStarted === undefined || serverCpuEnded === undefined
        ? {}
        : { serverCpuMs: Math.round(serverCpuEnded - serverCpuStarted) }),
    };
  } finally {
    await driver.close();
  }
}

type Driver = ReturnType<typeof benchDriver>;

async function writeFloor(driver: Driver, resources: ResourceRecord[], edges: EdgeRecord[], batchSize: number) {
  const session = driver.session();
  try {
    for (const batch of chunk(resources, batchSize)) {
      await session.executeWrite((tx) =>
        tx.run(`UNWIND $rows AS row MERGE (n:${label} {uid: row.uid}) SET n += row.properties`, {
          rows: batch.map(floorRow),
        }),
      );
    }
    for (const batch of chunk(edges, batchSize)) {
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $edges AS edge MATCH (a:${label} {uid: edge.from}) MATCH (z:${label} {uid: edge.to}) MERGE (a)-[:LINK]->(z)`,
          { edges: batch.map(({ from, to }) => ({ from, to })) },
        ),
      );
    }
  } finally {
    await session.close();
  }
}
