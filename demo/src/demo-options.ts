import { parseArgs } from 'node:util';

export interface DemoCliOptions {
  /** Run one sync, print the summary and exit. */
  once: boolean;
  /** Print the summary as one JSON object on stdout. */
  json: boolean;
  port: number;
  /** Keep the store here (default: a temporary directory removed on exit). */
  dataDir?: string;
  seed: number;
  verbose: boolean;
  help: boolean;
}

export const demoUsage = `usage: npm run demo -- [--once] [--json] [--port 50052] [--data-dir DIR] [--seed 1] [--verbose]

  --once       run one sync, print the summary and exit
  --json       print the summary as JSON (logs go to stderr)
  --port       port of the inventory gRPC API on 127.0.0.1 (default 50052, 0 picks a free one)
  --data-dir   keep the embedded store in DIR (default: a temporary directory, removed on exit)
  --seed       seed of the simulated account (same seed, same resources)
  --verbose    log at info level (default: warnings only)`;

export function parseDemoOptions(args: string[]): DemoCliOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      once: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      port: { type: 'string', default: '50052' },
      'data-dir': { type: 'string' },
      seed: { type: 'string', default: '1' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error('--port must be an integer from 0 to 65535');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return {
    once: values.once,
    json: values.json,
    port,
    seed,
    verbose: values.verbose,
    help: values.help,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  };
}
