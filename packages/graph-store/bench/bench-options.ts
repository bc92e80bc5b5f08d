import { parseArgs } from 'node:util';

export interface BenchOptions {
  store: 'sqlite' | 'neo4j';
  batchSize: number;
  resources: number;
  edges: number;
  /** The share of edges (0 to 100) whose target never arrives: references to resources outside the inventory. */
  danglingPercent: number;
  /** Whole runs (three phases, then the store emptied) before the measured one: a Neo4j server's JIT warms up. */
  warmUpRuns: number;
  /** Neo4j only: after the measured run, the same first write with the least Cypher a graph of it needs. */
  floor: boolean;
  dataDir?: string;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string', default: 'sqlite' },
      'batch-size': { type: 'string', default: '5000' },
      resources: { type: 'string', default: '100000' },
      edges: { type: 'string', default: '200000' },
      'dangling-percent': { type: 'string', default: '10' },
      'data-dir': { type: 'string' },
      'warm-up': { type: 'string' },
      floor: { type: 'boolean', default: false },
    },
  });
  if (values.store !== 'sqlite' && values.store !== 'neo4j') throw new Error('--store must be sqlite or neo4j');
  if (values.floor && values.store !== 'neo4j') throw new Error('--floor needs --store neo4j');
  const positive = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  return {
    store: values.store,
    batchSize: positive('batch-size', values['batch-size']),
    resources: positive('resources', values.resources),
    edges: positive('edges', values.edges),
    danglingPercent: percentOf(values['dangling-percent']),
    warmUpRuns: warmUpRunsOf(values['warm-up'], values.store),
    floor: values.floor,
    ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
  };
}

/** Default: one warm-up run on Neo4j (a long-running server is warm; a fresh JVM spends its first run compiling). */
function warmUpRunsOf(text: string | undefined, store: 'sqlite' | 'neo4j'): number {
  if (text === undefined) return store === 'neo4j' ? 1 : 0;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error('--warm-up must be a whole number of runs');
  return value;
}

function percentOf(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new Error('--dangling-percent must be 0 to 100');
  return value;
}
