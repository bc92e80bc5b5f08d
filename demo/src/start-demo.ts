import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { startInventory, type RunningInventory } from '@cloud-inventory/inventory';
import type { Logger } from 'pino';
import { demoCredentialVariables, demoInventoryConfig } from './demo-config.js';
import { summarizeDemoSync, type DemoSummary } from './demo-summary.js';
import { demoRegions, demoSimulatorOptions } from './demo-world.js';

export interface DemoOptions {
  /** Where the embedded store keeps its file. */
  dataDir: string;
  logger: Logger;
  /** Port of the inventory's gRPC API on 127.0.0.1; 0 picks a free one. */
  apiPort: number;
  /** When set, the API requires `authorization: Bearer <token>`. */
  apiToken?: string;
  seed?: number;
  /** Collector worker threads (default: one per core), used only past the demo's own size. */
  collectorPoolSize?: number;
}

export interface RunningDemo {
  simulator: AwsSimulator;
  inventory: RunningInventory;
  store: GraphStore;
  /** host:port of the inventory's gRPC API. */
  apiAddress: string;
  /** Runs one sync of the demo account and summarises it. */
  sync(): Promise<DemoSummary>;
  stop(): Promise<void>;
}

type Stoppable = { stop(): Promise<void> } | { close(): Promise<void> };

/**
 * Starts the simulator (one seeded account, several regions), the AWS collector and the inventory on the embedded
 * store, wired together over loopback gRPC exactly as separate deployments would be.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const started: Stoppable[] = [];
  const stopAll = async () => {
    for (const part of started.reverse()) await ('stop' in part ? part.stop() : part.close());
  };
  try {
    const simulator = await startAwsSimulator(demoSimulatorOptions(options.seed ?? 1));
    started.push(simulator);
    // The collector and the inventory share a token, as a deployment would; it only lives in this process.
    const collectorToken = randomBytes(24).toString('hex');
    const collector = await startAwsCollector({
      host: '127.0.0.1',
      port: 0,
      token: collectorToken,
      // The demo's simulator is the only endpoint the collector accepts (the demo runs no resource actions).
      allowedEndpoints: [simulator.endpoint],
      logger: options.logger.child({ component: 'collector' }),
      // The demo's account (a few thousand resources) is collected on the main thread, before any worker would boot.
      inlineItems: 10_000,
      ...(options.collectorPoolSize === undefined ? {} : { poolSize: options.collectorPoolSize }),
    });
    started.push(collector);
    await mkdir(options.dataDir, { recursive: true });
    const store = await openGraphStore(
      { kind: 'sqlite', path: join(options.dataDir, 'inventory.db') },
      options.logger.child({ component: 'store' }),
    );
    started.push(store);
    const config = demoInventoryConfig({
      accountId: simulator.mainAccountId,
      simulatorEndpoint: simulator.endpoint,
      collectorAddress: `127.0.0.1:${collector.port}`,
      apiHost: '127.0.0.1',
      apiPort: options.apiPort,
      dataDir: options.dataDir,
      regions: demoRegions,
    });
    config.collector.tokenEnv = 'DEMO_COLLECTOR_TOKEN';
    const env: Record<string, string | undefined> = {
      [demoCredentialVariables.accessKeyIdEnv]: simulator.credentials.accessKeyId,
      [demoCredentialVariables.secretAccessKeyEnv]: simulator.credentials.secretAccessKey,
      DEMO_COLLECTOR_TOKEN: collectorToken,
      [config.api.tokenEnv]: options.apiToken,
    };
    const inventory = await startInventory(config, {
      store,
      logger: options.logger.child({ component: 'inventory' }),
      env,
      api: true,
      metricsEndpoint: false,
      schedule: false,
    });
    started.push(inventory);
    return {
      simulator,
      inventory,
      store,
      apiAddress: `127.0.0.1:${inventory.api?.port ?? options.apiPort}`,
      sync: async () => summarizeDemoSync(await inventory.runner.run({ trigger: 'demo' }), store),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
