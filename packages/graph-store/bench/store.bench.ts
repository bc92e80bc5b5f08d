/**
 * npm run bench:store [-- --store sqlite|neo4j --batch-size N --resources N --edges N --data-dir DIR]
 * Writes an inventory, re-syncs it unchanged, then with 1% changed and 1% removed; prints rates and peak memory.
 * Neo4j is reached through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD and should hold no other data.
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
import { allScopes, benchEdges, benchResource } from './bench-data.js';
import { parseBenchOptions, type BenchOptions } from './bench-options.js';

interface PhaseResult {
  phase: string;
  resources: number;
  edges: number;
  writeResourcesMs: number;
  writeEdgesMs: number;
  finishMs: number;
  cpuMs: number;
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

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

async function runPhase(
  store: GraphStore,
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
  let resourcesCpu = 0;
  for (const batch of chunks(resources, batchSize)) {
    const result = await store.writeResources(syncId, batch);
    counts.created += result.created;
    counts.updated += result.updated;
    counts.unchanged += result.unchanged;
    memory.sample();
  }
  const resourcesDone = performance.now();
  resourcesCpu = cpuMsSince(cpuStarted);
  for (const batch of chunks(edges, batchSize)) {
    await store.writeEdges(syncId, batch);
    memory.sample();
  }
  const edgesDone = performance.now();
  const finished = await store.finishSync(syncId, allScopes());
  memory.sample();
  const done = performance.now();
  const cpuMs = cpuMsSince(cpuStarted);
  const seconds = (ms: number) => ms / 1000;
  return {
    phase,
    resources: resources.length,
    edges: edges.length,
    writeResourcesMs: Math.round(resourcesDone - started),
    writeEdgesMs: Math.round(edgesDone - resourcesDone),
    finishMs: Math.round(done - edgesDone),
    cpuMs: Math.round(cpuMs),
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

function storeConfig(options: BenchOptions, dataDir: string): GraphStoreConfig {
  if (options.store === 'sqlite') return { kind: 'sqlite', path: join(dataDir, 'inventory.db') };
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('--store neo4j needs NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD)');
  return {
    kind: 'neo4j',
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    batchSize: options.batchSize,
  };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'store-bench-'));
  const resources = Array.from({ length: options.resources }, (_, index) => benchResource(index));
  const edges = benchEdges(resources, options.edges);

  // 1% changed (a new State) and 1% removed (with the edges that touch them), spread over every scope.
  const removed = new Set(resources.filter((_, index) => index % 100 === 50).map((item) => item.uid));
  const changedResources = resources
    .filter((item) => !removed.has(item.uid))
    .map((item, index) => (index % 100 === 7 ? { ...item, data: { ...item.data, State: 'terminated' } } : item));
  const keptEdges = edges.filter((item) => !removed.has(item.from) && !removed.has(item.to));

  const store = await openGraphStore(storeConfig(options, dataDir));
  const results: PhaseResult[] = [];
  try {
    results.push(await runPhase(store, 'first write', 'bench-1', resources, edges, options.batchSize));
    results.push(await runPhase(store, 'unchanged re-sync', 'bench-2', resources, edges, options.batchSize));
    results.push(
      await runPhase(store, '1% changed, 1% removed', 'bench-3', changedResources, keptEdges, options.batchSize),
    );
  } finally {
    await store.close();
    if (!options.dataDir && options.store === 'sqlite') rmSync(dataDir, { recursive: true, force: true });
  }

  const [first, unchanged] = results;
  const speedup = first && unchanged ? unchanged.resourcesPerSecond / first.resourcesPerSecond : 0;
  const cpuSpeedup = first && unchanged ? unchanged.resourcesPerCpuSecond / first.resourcesPerCpuSecond : 0;
  const phaseSpeedup = first && unchanged ? unchanged.phaseResourcesPerSecond / first.phaseResourcesPerSecond : 0;
  console.log(
    `store bench: ${options.store}, ${options.resources} resources, ${edges.length} edges, batch ${options.batchSize}`,
  );
  console.table(results);
  const summary = {
    store: options.store,
    batchSize: options.batchSize,
    phases: results,
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
        : undefined,
  };
  console.log(JSON.stringify(summary));
}

await main();
