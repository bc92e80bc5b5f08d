import { graphStoreConfigFromEnv, openGraphStore } from '@cloud-inventory/graph-store';
import pino from 'pino';
import { parseCliOptions } from './cli-options.js';
import { loadConfig } from './config/load-config.js';
import { startEmbeddedCollector, type EmbeddedCollector } from './embedded-collector.js';
import { ConfigError } from './errors.js';
import { startInventory, type RunningInventory } from './inventory.js';
import { createRootLogger } from './logging/root-logger.js';
import { summarizeJob } from './once-summary.js';

/**
 * `npm start`: the inventory, an in-process AWS collector (unless COLLECTOR_ADDRESS names one) and the embedded store
 * (or Neo4j with NEO4J_URI), syncing on schedule. `npm start -- --once [--json]` runs one sync and exits.
 */
async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  const env = process.env;
  const config = await loadConfig(env, options.configFile ?? env.INVENTORY_CONFIG);
  // With --json, stdout carries only the summary; logs go to stderr.
  const logger = createRootLogger({
    level: config.logLevel,
    destination: pino.destination({ fd: options.json ? 2 : 1, sync: true }),
  });

  let collector: EmbeddedCollector | undefined;
  if (!env.COLLECTOR_ADDRESS) {
    collector = await startEmbeddedCollector(logger.child({ component: 'collector' }), config, env);
    for (const account of config.accounts) account.collectorAddress = collector.address;
  }
  const store = await openGraphStore(graphStoreConfigFromEnv(env, config.store.dataDir));
  let inventory: RunningInventory | undefined;
  const shutdown = async () => {
    await inventory?.stop();
    await collector?.stop();
    await store.close();
  };
  try {
    inventory = await startInventory(config, {
      store,
      logger,
      env,
      api: !options.once,
      metricsEndpoint: !options.once && config.metrics.enabled,
      schedule: !options.once && config.schedule.enabled,
    });
    if (options.once) {
      const job = await inventory.runner.run({ trigger: 'once' });
      const summary = await summarizeJob(job, store);
      if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else logger.info({ summary }, 'sync summary');
      await shutdown();
      return job.state === 'SUCCESS' ? 0 : 1;
    }
  } catch (error) {
    await shutdown();
    throw error;
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  logger.info({}, 'shutting down');
  await shutdown();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`inventory failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
