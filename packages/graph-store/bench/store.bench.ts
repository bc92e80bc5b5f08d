/**
 * npm run bench:store [-- --store sqlite|neo4j --batch-size N --resources N --edges N --dangling-percent N
 *   --data-dir DIR --warm-up N]
 * Writes an inventory, re-syncs it unchanged, then with 1% changed and 1% removed; prints rates and peak memory.
 * Neo4j is reached through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD and should hold no other data (the bench empties
 * it); without NEO4J_URI the bench starts tools/neo4j-launcher and reports the server's CPU time per phase too.
 * On Neo4j one warm-up run (the three phases, then the database emptied) comes before the measured run by default.
 * `--floor` (Neo4j) then writes the same inventory with the least Cypher a graph of it needs (see neo4j-floor.ts) and
 * prints the store's first write beside it: the cost of what the store's graph holds beyond that.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openGraphStore,
  type EdgeRecord,
  type GraphStore,
  type GraphStoreConfig,
  type ResourceRecord,
} from '../src/index.js';
import { fileURLToPath } from 'node:url';
import { allScopes, benchEdges, benchResource } from './bench-data.js';
import { parseBenchOptions, type BenchOptions } from './bench-options.js';
import { emptyNeo4jDatabase } from '../src/testing/index.js';
import { chunk } from '../src/neo4j/store-context.js';
import { measureNeo4jFloor, type FloorResult } from './neo4j-floor.js';
import { processCpuMs, queryBenchNeo4j, type QueryBenchNeo4j } from './query-neo4j.js';

interface PhaseResult {
  phase: string;
  resources: number;
  edges: number;
  writeResourcesMs: number;
  writeEdgesMs: number;
  finishMs: number;
  cpuMs: number;
  /** The Neo4j server's CPU time in the phase, when this bench started the server. */
  serverCpuMs?: number;
  resourcesPerSecond: number;
  resourcesPerCpuSecond: number;
  edgesPerSecond: number;
  phaseResourcesPerSecond: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Peak memory, sampled after every batch: the store works synchronously, so timers would not fire mid-phase. */
class MemoryPeak {
  rss = 0;
  heap = 0;
  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heap = Math.max(this.heap, usage.heapUsed);
  }
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function runPhase(
  store: GraphStore,
  serverPid: number | undefined,
  phase: string,
  syncId: string,
  resources: ResourceRecord[],
  edges: EdgeRecord[],
  batchSize: number,
): Promise<PhaseResult> {
  global.gc?.();
  const memory = new MemoryPeak();
  memory.sample();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const serverCpuStarted = processCpuMs(serverPid);
  let resourcesCpu = 0;
  for (const batch of chunk(resources, batchSize)) {
    const result = await store.writeResources(syncId, batch);
    counts.created += result.created;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    memory.sample();
  }
  const resourcesDone = performance.now();
  resourcesCpu = cpuMsSince(cpuStarted);
  for (const batch of chunk(edges, batchSize)) {
    await store.writeEdges(syncId, batch);
    memory.sample();
  }
  const edgesDone = performance.now();
  const finished = await store.finishSync(syncId, allScopes());
  memory.sample();
  const done = performance.now();
  const cpuMs = cpuMsSince(cpuStarted);
  const serverCpuEnded = processCpuMs(serverPid);
  const seconds = (ms: number) => ms / 1000;
  return {
    phase,
    resources: resources.length,
    edges: edges.length,
    writeResourcesMs: Math.round(resourcesDone - started),
    writeEdgesMs: Math.round(edgesDone - resourcesDone),
    finishMs: Math.round(done - edgesDone),
    cpuMs: Math.round(cpuMs),
    ...(serverCpuStarted === undefined || serverCpuEnded === undefined
      ? {}
      : { serverCpuMs: Math.round(serverCpuEnded - serverCpuStarted) }),
    resourcesPerSecond: Math.round(resources.length / seconds(resourcesDone - started)),
    resourcesPerCpuSecond: Math.round(resources.length / seconds(resourcesCpu)),
    edgesPerSecond: Math.round(edges.length / seconds(edgesDone - resourcesDone)),
    phaseResourcesPerSecond: Math.round(resources.length / seconds(done - started)),
    ...counts,
    deleted: finished.deleted,
    peakRssMb: Math.round(memory.rss / 2 ** 20),
    peakHeapMb: Math.round(memory.heap / 2 ** 20),
  };
}

function storeConfig(options: BenchOptions, dataDir: string, server: QueryBenchNeo4j | undefined): GraphStoreConfig {
  if (server === undefined) return { kind: 'sqlite', path: join(dataDir, 'inventory.db') };
  return { kind: 'neo4j', uri: server.uri, user: server.user, password: server.password, batchSize: options.batchSize };
}

interface BenchInventory {
  resources: ResourceRecord[];
  edges: EdgeRecord[];
  changedResources: ResourceRecord[];
  keptEdges: EdgeRecord[];
}

function benchInventory(options: BenchOptions): BenchInventory {
  const resources = Array.from({ length: options.resources }, (_, index) => benchResource(index));
  const edges = benchEdges(resources, options.edges, options.danglingPercent);
  // 1% changed (a new State) and 1% removed (with the edges that touch them), spread over every scope.
  const removed = new Set(resources.filter((_, index) => index % 100 === 50).map((item) => item.uid));
  const changedResources = resources
    .filter((item) => !removed.has(item.uid))
    .map((item, index) => (index % 100 === 7 ? { ...item, data: { ...item.data, State: 'terminated' } } : item));
  const keptEdges = edges.filter((item) => !removed.has(item.from) && !removed.has(item.to));
  return { resources, edges, changedResources, keptEdges };
}

/** The three phases on a fresh store: a first write, an unchanged re-sync, then 1% changed and 1% removed. */
async function runPhases(
  options: BenchOptions,
  inventory: BenchInventory,
  server: QueryBenchNeo4j | undefined,
): Promise<PhaseResult[]> {
  // Neo4j keeps its data on the server: a directory only for SQLite's file.
  const dataDir = server !== undefined ? '' : (options.dataDir ?? mkdtempSync(join(tmpdir(), 'store-bench-')));
  const store = await openGraphStore(storeConfig(options, dataDir, server));
  const pid = server?.child?.pid;
  const { resources, edges, changedResources, keptEdges } = inventory;
  const results: PhaseResult[] = [];
  try {
    results.push(await runPhase(store, pid, 'first write', 'bench-1', resources, edges, options.batchSize));
    results.push(await runPhase(store, pid, 'unchanged re-sync', 'bench-2', resources, edges, options.batchSize));
    results.push(
      await runPhase(store, pid, '1% changed, 1% removed', 'bench-3', changedResources, keptEdges, options.batchSize),
    );
  } finally {
    await store.close();
    if (!options.dataDir && dataDir !== '') rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

async function emptyStore(options: BenchOptions, server: QueryBenchNeo4j | undefined): Promise<void> {
  if (server !== undefined) await emptyNeo4jDatabase(server);
  else if (options.dataDir) {
    for (const file of ['inventory.db', 'inventory.db-wal', 'inventory.db-shm']) {
      rmSync(join(options.dataDir, file), { force: true });
    }
  }
}

async function neo4jServer(): Promise<QueryBenchNeo4j> {
  const found = await queryBenchNeo4j(fileURLToPath(new URL('../../../', import.meta.url)));
  if ('unavailable' in found) throw new Error(`--store neo4j: ${found.unavailable}`);
  return found;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const inventory = benchInventory(options);
  const { edges } = inventory;
  const server = options.store === 'neo4j' ? await neo4jServer() : undefined;
  let results: PhaseResult[] = [];
  let floor: FloorResult | undefined;
  try {
    await emptyStore(options, server);
    for (let run = 0; run < options.warmUpRuns; run++) {
      await runPhases(options, inventory, server);
      await emptyStore(options, server);
    }
    results = await runPhases(options, inventory, server);
    if (options.floor && server !== undefined) {
      await emptyStore(options, server);
      floor = await measureNeo4jFloor(server, inventory.resources, edges, options.batchSize, options.warmUpRuns > 0);
    }
  } finally {
    server?.stop();
  }

  const [first, unchanged] = results;
  const speedup = first && unchanged ? unchanged.resourcesPerSecond / first.resourcesPerSecond : 0;
  const cpuSpeedup = first && unchanged ? unchanged.resourcesPerCpuSecond / first.resourcesPerCpuSecond : 0;
  const phaseSpeedup = first && unchanged ? unchanged.phaseResourcesPerSecond / first.phaseResourcesPerSecond : 0;
  console.log(
    `store bench: ${options.store}, ${options.resources} resources, ${edges.length} edges, batch ${options.batchSize}, ` +
      `after ${options.warmUpRuns} warm-up run(s)`,
  );
  console.table(results);
  if (floor && first) {
    const serverCpu = (ms: number | undefined) => (ms === undefined ? '' : `, server ${(ms / 1000).toFixed(1)} CPU-s`);
    console.log(
      `first write: store ${first.resourcesPerSecond}/s over its resources (${first.phaseResourcesPerSecond}/s with ` +
        `edges and finish${serverCpu(first.serverCpuMs)}); least graph ${floor.resourcesPerSecond}/s with edges ` +
        `(${(floor.writeMs / 1000).toFixed(1)} s, bench ${(floor.cpuMs / 1000).toFixed(1)} CPU-s` +
        `${serverCpu(floor.serverCpuMs)})`,
    );
  }
  const summary = {
    store: options.store,
    batchSize: options.batchSize,
    warmUpRuns: options.warmUpRuns,
    phases: results,
    ...(floor ? { floor } : {}),
    unchangedSpeedup: Number(speedup.toFixed(2)),
    unchangedPhaseSpeedup: Number(phaseSpeedup.toFixed(2)),
    unchangedCpuSpeedup: Number(cpuSpeedup.toFixed(2)),
    // Wall-clock targets, and the same on CPU time, which a machine shared with other work distorts far less.
    targets:
      options.store === 'sqlite'
        ? {
            firstWriteAtLeast50k: (first?.resourcesPerSecond ?? 0) >= 50_000,
            unchangedAtLeast2x: speedup >= 2,
            firstWriteAtLeast50kOnCpu: (first?.resourcesPerCpuSecond ?? 0) >= 50_000,
            unchangedAtLeast2xOnCpu: cpuSpeedup >= 2,
          }
        : {
            firstWriteAtLeast10k: (first?.resourcesPerSecond ?? 0) >= 10_000,
            unchangedAtLeast30k: (unchanged?.resourcesPerSecond ?? 0) >= 30_000,
            changedAtLeast20k: (results[2]?.resourcesPerSecond ?? 0) >= 20_000,
          },
  };
  console.log(JSON.stringify(summary));
}

await main();
