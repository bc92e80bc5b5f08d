import { graphStoreConfigFromEnv, openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import pino, { type Logger } from 'pino';
import { parseCliOptions } from './cli-options.js';
import type { InventoryConfig } from './config/inventory-config.js';
import { loadConfig } from './config/load-config.js';
import { ConfigError } from './errors.js';
import { startInventory, type RunningInventory } from './inventory.js';
import { createRootLogger } from './logging/root-logger.js';
import { summarizeJob } from './once-summary.js';
import { stopSignal } from './stop-signal.js';

/** A collector that runs in the inventory's process; the two still meet only over gRPC, on its address. */
export interface InProcessCollector {
  address: string;
  stop(): Promise<void>;
}

/** Starts the in-process collector from the inventory's configuration, once that has been read. */
export type StartInProcessCollector = (
  logger: Logger,
  config: InventoryConfig,
  env: NodeJS.ProcessEnv,
) => Promise<InProcessCollector>;

export interface InventoryProcessOptions {
  /** Used unless COLLECTOR_ADDRESS names a collector; every account then syncs through it. */
  startCollector?: StartInProcessCollector;
}

/**
 * The inventory's process: the configuration, the store (embedded SQLite, or Neo4j with NEO4J_URI) and the inventory,
 * syncing on schedule until SIGINT or SIGTERM. `--once [--json]` runs one sync and exits. Sets the exit code: 0, 1 when
 * the one sync did not succeed, 2 when the process could not start.
 */
export function runInventoryProcess(options: InventoryProcessOptions = {}): void {
  runUntilStopped(process.argv.slice(2), process.env, options).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`inventory failed to start: ${describeFailure(error)}\n`);
      process.exitCode = 2;
    },
  );
}

async function runUntilStopped(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: InventoryProcessOptions,
): Promise<number> {
  const cliOptions = parseCliOptions(args);
  const config = await loadConfig(env, cliOptions.configFile ?? env.INVENTORY_CONFIG);
  // With --json, stdout carries only the summary; logs go to stderr.
  const logger = createRootLogger({
    level: config.logLevel,
    destination: pino.destination({ fd: cliOptions.json ? 2 : 1, sync: true }),
  });

  let collector: InProcessCollector | undefined;
  let store: GraphStore | undefined;
  let inventory: RunningInventory | undefined;
  const shutdown = async () => {
    await inventory?.stop();
    await collector?.stop();
    await store?.close();
  };
  try {
    if (options.startCollector && !env.COLLECTOR_ADDRESS) {
      collector = await options.startCollector(logger.child({ component: 'collector' }), config, env);
      for (const account of config.accounts) account.collectorAddress = collector.address;
    }
    const storeConfig = graphStoreConfigFromEnv(env, config.store.dataDir);
    store = await openGraphStore(storeConfig);
    inventory = await startInventory(config, {
      store,
      // Neo4j may be shared by several inventories; the embedded store is one process's (its file is locked).
      highAvailability: storeConfig.kind === 'neo4j',
      logger,
      env,
      api: !cliOptions.once,
      metricsEndpoint: !cliOptions.once && config.metrics.enabled,
      schedule: !cliOptions.once && config.schedule.enabled,
    });
    if (cliOptions.once) {
      const job = await inventory.runner.run({ trigger: 'once' });
      const summary = await summarizeJob(job, store);
      if (cliOptions.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else logger.info({ summary }, 'sync summary');
      await shutdown();
      return job.state === 'SUCCESS' ? 0 : 1;
    }
  } catch (error) {
    await shutdown();
    throw error;
  }
  await stopSignal();
  logger.info({}, 'shutting down');
  await shutdown();
  return 0;
}

/** The error's message and its causes' (a store that cannot open says why: a missing directory, an addon built for another Node.js). */
function describeFailure(error: unknown): string {
  const reasons: string[] = [];
  for (let cause = error; cause !== undefined && reasons.length < 5;) {
    reasons.push(cause instanceof Error ? cause.message : String(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return reasons.join(': ');
}
