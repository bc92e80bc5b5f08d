import { parseArgs } from 'node:util';

export interface BenchOptions {
  store: 'sqlite' | 'neo4j';
  batchSize: number;
  resources: number;
  edges: number;
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
      'data-dir': { type: 'string' },
    },
  });
  if (values.store !== 'sqlite' && values.store !== 'neo4j') throw new Error('--store must be sqlite or neo4j');
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
    ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
  };
}
