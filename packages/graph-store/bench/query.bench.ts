/**
 * npm run bench:query [-- --sizes 100000,1000000 --store sqlite,neo4j --runs 10 --batch-size 5000 --json]
 * Fills each store with the estate of each size (query-estate.ts), then runs the fixed query set (query-set.ts): per
 * query p50 / p95 over every page, rows, the plan (SQLite EXPLAIN QUERY PLAN, Neo4j PROFILE), the issue's goals and
 * Neo4j's ratio to SQLite. Neo4j: NEO4J_URI, else tools/neo4j-launcher; its database is emptied before and after.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openGraphStore, parseSearch, type GraphStore, type GraphStoreConfig } from '../src/index.js';
import { emptyNeo4jDatabase } from '../src/testing/index.js';
import { Estate } from './query-estate.js';
import { fillStore, type FillResult } from './query-fill.js';
import { measureQuery } from './query-measure.js';
import { benchDriver, processCpuMs, processRssMb, queryBenchNeo4j, type QueryBenchNeo4j } from './query-neo4j.js';
import { parseQueryBenchOptions, type QueryBenchOptions, type QueryBenchStore } from './query-options.js';
import { explainSqlite, profileCypher } from './query-plans.js';
import { renderSize, verdictOf, type QueryRow, type StoreQueryResult } from './query-report.js';
import { benchQueries } from './query-set.js';

const CHECK_SIZE = 1200;
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface StoreRun {
  store: QueryBenchStore;
  size: number;
  fill?: FillResult;
  /** Why this store did not run at this size. */
  skipped?: string;
  /** CPU over the query phase: this process, and the Neo4j server when the benchmark started it. */
  queryCpuMs?: { bench: number; neo4jServer?: number };
  neo4jServerRssMb?: number;
  /** The machine's 1-minute load average before the fill and after the queries: other work distorts the figures. */
  loadAverage?: { before: number; after: number };
  queries: StoreQueryResult[];
}

async function runStore(
  store: QueryBenchStore,
  estate: Estate,
  size: number,
  options: QueryBenchOptions,
  neo4jServer: QueryBenchNeo4j | undefined,
): Promise<StoreRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'query-bench-'));
  const config: GraphStoreConfig =
    store === 'sqlite'
      ? { kind: 'sqlite', path: join(dataDir, 'inventory.db') }
      : {
          kind: 'neo4j',
          uri: neo4jServer!.uri,
          user: neo4jServer!.user,
          password: neo4jServer!.password,
          batchSize: options.batchSize,
        };
  const driver = store === 'neo4j' ? benchDriver(neo4jServer!) : undefined;
  const loadBefore = loadavg()[0]!;
  let graph: GraphStore | undefined;
  try {
    if (driver) await emptyNeo4jDatabase(neo4jServer!);
    graph = await openGraphStore(config);
    // The smallest size runs on Neo4j however long it fills; a larger one that takes too long is given up.
    const limited = store === 'neo4j' && size > Math.min(...options.sizes);
    const deadline = limited ? performance.now() + options.neo4jFillLimitMinutes * 60_000 : Infinity;
    process.stdout.write(`${store} at ${size}: filling ${estate.total} resources...\n`);
    const fill = await fillStore(graph, estate, options.batchSize, deadline);
    process.stdout.write(
      `${store} at ${size}: filled in ${(fill.totalMs / 1000).toFixed(1)} s${fill.stopped ? ` (stopped: ${fill.stopped})` : ''}\n`,
    );
    if (fill.stopped) {
      return {
        store,
        size,
        fill,
        skipped: `fill over ${options.neo4jFillLimitMinutes} min: ${fill.stopped}`,
        queries: [],
      };
    }
    const queries: StoreQueryResult[] = [];
    const cpuStarted = process.cpuUsage();
    const serverPid = store === 'neo4j' ? neo4jServer?.child?.pid : undefined;
    const serverCpuStarted = processCpuMs(serverPid);
    for (const query of benchQueries(estate, fill.changesSince)) {
      const { measurement, statements } = await measureQuery(graph, query, options.runs);
      let plan;
      try {
        if (statements && store === 'sqlite') plan = explainSqlite(statements.sqlite);
        if (statements && driver) plan = await profileCypher(driver, statements.cypher);
      } catch (error) {
        measurement.error ??= `plan: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      }
      queries.push({ ...measurement, ...(plan ? { plan } : {}) });
      process.stdout.write(
        `  ${query.name}: ${measurement.error ?? `p50 ${measurement.p50Ms} ms, ${measurement.rows} rows`}\n`,
      );
    }
    const cpu = process.cpuUsage(cpuStarted);
    const serverCpu = processCpuMs(serverPid);
    const neo4jServerRssMb = processRssMb(serverPid);
    return {
      store,
      size,
      fill,
      queryCpuMs: {
        bench: Math.round((cpu.user + cpu.system) / 1000),
        ...(serverCpu !== undefined && serverCpuStarted !== undefined
          ? { neo4jServer: Math.round(serverCpu - serverCpuStarted) }
          : {}),
      },
      ...(neo4jServerRssMb === undefined ? {} : { neo4jServerRssMb }),
      loadAverage: { before: loadBefore, after: loadavg()[0]! },
      queries,
    };
  } finally {
    await graph?.close();
    if (driver) {
      await emptyNeo4jDatabase(neo4jServer!).catch(() => {});
      await driver.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A Neo4j fill slower than the limit at a smaller size, scaled linearly, is not started. */
function neo4jSkipReason(runs: StoreRun[], size: number, options: QueryBenchOptions): string | undefined {
  const measured = runs.find((run) => run.store === 'neo4j' && run.fill && !run.fill.stopped && run.size < size);
  if (!measured?.fill) return undefined;
  const expectedMinutes = (measured.fill.totalMs / 60_000) * (size / measured.size);
  if (expectedMinutes <= options.neo4jFillLimitMinutes) return undefined;
  return `filling ${measured.size} took ${(measured.fill.totalMs / 60_000).toFixed(1)} min, so ${size} would take about ${expectedMinutes.toFixed(0)} min (limit ${options.neo4jFillLimitMinutes})`;
}

function fillLine(run: StoreRun): string {
  if (run.skipped) return `${run.store}: skipped, ${run.skipped}`;
  const fill = run.fill!;
  const cpu = run.queryCpuMs;
  return (
    `${run.store}: filled ${fill.resources} resources in ${(fill.writeResourcesMs / 1000).toFixed(1)} s, ` +
    `${fill.edges} edges in ${(fill.writeEdgesMs / 1000).toFixed(1)} s, finish ${(fill.finishMs / 1000).toFixed(1)} s, ` +
    `changes ${(fill.changesMs / 1000).toFixed(1)} s; peak RSS ${fill.peakRssMb} MiB` +
    (run.neo4jServerRssMb === undefined ? '' : `, Neo4j server RSS ${run.neo4jServerRssMb} MiB`) +
    (cpu
      ? `; query phase CPU ${cpu.bench} ms${cpu.neo4jServer === undefined ? '' : ` + server ${cpu.neo4jServer} ms`}`
      : '')
  );
}

async function main(): Promise<void> {
  const options = parseQueryBenchOptions(process.argv.slice(2));
  const now = new Date();
  // Every text form must be the syntax's: parseSearch refuses it otherwise.
  for (const query of benchQueries(new Estate(CHECK_SIZE, now), now)) parseSearch(query.text);
  let neo4jServer: QueryBenchNeo4j | undefined;
  let neo4jUnavailable: string | undefined;
  if (options.stores.includes('neo4j')) {
    const found = await queryBenchNeo4j(repositoryRoot);
    if ('unavailable' in found) neo4jUnavailable = found.unavailable;
    else neo4jServer = found;
  }
  const runs: StoreRun[] = [];
  const sizes: { size: number; resources: number; edges?: number; counts: Record<string, number>; rows: QueryRow[] }[] =
    [];
  const sizeReport = (size: number, print: boolean) => {
    const estate = new Estate(size, now);
    const sizeRuns = runs.filter((run) => run.size === size);
    const rows = benchQueries(estate, now).map((query, index): QueryRow => {
      const of = (store: QueryBenchStore) => sizeRuns.find((run) => run.store === store)?.queries[index];
      const sqlite = of('sqlite');
      const neo4j = of('neo4j');
      return { query, ...(sqlite ? { sqlite } : {}), ...(neo4j ? { neo4j } : {}) };
    });
    const edges = sizeRuns.find((run) => run.fill && !run.fill.stopped)?.fill?.edges;
    if (print) {
      console.log(renderSize(size, rows));
      console.log(`estate: ${estate.total} resources${edges === undefined ? '' : `, ${edges} edges`}`);
      for (const run of sizeRuns) console.log(fillLine(run));
    }
    return { size, resources: estate.total, ...(edges === undefined ? {} : { edges }), counts: estate.counts, rows };
  };
  // Store after store (SQLite's figures are printed before Neo4j's long fills begin), sizes in ascending order.
  try {
    for (const store of options.stores) {
      for (const size of [...options.sizes].sort((a, b) => a - b)) {
        const skip = store === 'neo4j' ? (neo4jUnavailable ?? neo4jSkipReason(runs, size, options)) : undefined;
        runs.push(
          skip
            ? { store, size, skipped: skip, queries: [] }
            : await runStore(store, new Estate(size, now), size, options, neo4jServer),
        );
        if (store !== options.stores.at(-1)) sizeReport(size, true);
      }
    }
  } finally {
    neo4jServer?.stop();
  }
  for (const size of options.sizes) sizes.push(sizeReport(size, true));
  if (options.json) {
    const directory = join(repositoryRoot, 'bench-results');
    mkdirSync(directory, { recursive: true });
    const file = join(directory, `query-${now.toISOString().replace(/[:.]/g, '-')}.json`);
    const summary = {
      startedAt: now.toISOString(),
      options,
      sizes: sizes.map(({ rows, ...size }) => ({
        ...size,
        queries: rows.map((row) => ({
          text: row.query.text,
          goalClass: row.query.goal,
          ...row,
          query: undefined,
          verdict: verdictOf(row),
        })),
      })),
      stores: runs.map(({ queries: _queries, ...run }) => run),
    };
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`written ${file}`);
  }
}

await main();
