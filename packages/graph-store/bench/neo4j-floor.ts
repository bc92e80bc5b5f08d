import type { EdgeRecord, ResourceRecord } from '../src/index.js';
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

function batchesOf<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/** A first write of the floor graph on an empty label; `warmUp` runs it once before, unmeasured. */
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
      await emptyFloor(driver);
    }
    const pid = server.child?.pid;
    const serverCpuStarted = processCpuMs(pid);
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    await writeFloor(driver, resources, edges, batchSize);
    const writeMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const serverCpuEnded = processCpuMs(pid);
    await emptyFloor(driver);
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
    for (const batch of batchesOf(resources, batchSize)) {
      await session.executeWrite((tx) =>
        tx.run(`UNWIND $rows AS row MERGE (n:${label} {uid: row.uid}) SET n += row.properties`, {
          rows: batch.map(floorRow),
        }),
      );
    }
    for (const batch of batchesOf(edges, batchSize)) {
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

async function emptyFloor(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS runs only in an auto-commit transaction.
  const session = driver.session();
  try {
    await session.run(`MATCH (n:${label}) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}
