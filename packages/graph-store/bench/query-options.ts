import { parseArgs } from 'node:util';

export type QueryBenchStore = 'sqlite' | 'neo4j';

export interface QueryBenchOptions {
  sizes: number[];
  stores: QueryBenchStore[];
  /** Timed runs per query, after one untimed warm-up run. */
  runs: number;
  batchSize: number;
  /** Write bench-results/query-<time>.json. */
  json: boolean;
  /** A Neo4j fill of a size above the smallest that takes longer is stopped, and that size skipped on Neo4j. */
  neo4jFillLimitMinutes: number;
}

const USAGE =
  'npm run bench:query [-- --sizes 100000,1000000 --store sqlite,neo4j --runs 10 --batch-size 5000 --json ' +
  '--neo4j-fill-limit 20]';

export function parseQueryBenchOptions(argv: string[]): QueryBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100000' },
      store: { type: 'string', default: 'sqlite,neo4j' },
      runs: { type: 'string', default: '10' },
      'batch-size': { type: 'string', default: '5000' },
      json: { type: 'boolean', default: false },
      'neo4j-fill-limit': { type: 'string', default: '20' },
    },
  });
  const positive = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer\n${USAGE}`);
    return value;
  };
  const stores = values.store.split(',').map((store) => store.trim());
  for (const store of stores) {
    if (store !== 'sqlite' && store !== 'neo4j') throw new Error(`--store: sqlite, neo4j or both\n${USAGE}`);
  }
  return {
    sizes: values.sizes.split(',').map((size) => positive('sizes', size.trim())),
    stores: stores as QueryBenchStore[],
    runs: positive('runs', values.runs),
    batchSize: positive('batch-size', values['batch-size']),
    json: values.json,
    neo4jFillLimitMinutes: positive('neo4j-fill-limit', values['neo4j-fill-limit']),
  };
}
