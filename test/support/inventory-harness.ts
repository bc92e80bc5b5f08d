import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsSimulator, type AwsSimulator, type StartSimulatorOptions } from '@cloud-inventory/aws-sim';
import { startAwsCollector, type AwsCollectorOptions } from '@cloud-inventory/collector-aws';
import { openGraphStore, type GraphStore, type GraphStoreConfig } from '@cloud-inventory/graph-store';
import {
  InventoryClient,
  parseConfig,
  startInventory,
  type InventoryConfig,
  type RunningInventory,
} from '@cloud-inventory/inventory';
import { captureLogs, type CapturedLogs } from './captured-logs.js';

export const simKeyIdVariable = 'SIM_ACCESS_KEY_ID';
export const simSecretVariable = 'SIM_SECRET_ACCESS_KEY';
export const apiToken = 'inventory-test-token';

export interface HarnessOptions {
  sim?: StartSimulatorOptions;
  /** Extra config merged over the defaults (accounts are built from the simulator). */
  config?: Record<string, unknown>;
  /** Also sync the simulator's second account through AssumeRole. */
  withAssumedAccount?: boolean;
  store?: GraphStoreConfig;
  /** The accounts' endpointUrl (default: the simulator's); the collector allows exactly this endpoint. */
  endpointUrl?: (sim: AwsSimulator) => string;
  /** Collector options over the defaults (such as a DNS lookup, with poolSize 0). */
  collector?: Partial<AwsCollectorOptions>;
}

/** A real simulator, a real collector over gRPC on loopback, a real store and the inventory, wired together. */
export class InventoryHarness {
  sim!: AwsSimulator;
  collector!: { port: number; stop(): Promise<void> };
  store!: GraphStore;
  inventory!: RunningInventory;
  client!: InventoryClient;
  config!: InventoryConfig;
  env: Record<string, string> = {};
  dir = '';
  endpointUrl = '';
  readonly logs: CapturedLogs = captureLogs();
  readonly collectorLogs: CapturedLogs = captureLogs();

  static async start(options: HarnessOptions = {}): Promise<InventoryHarness> {
    const harness = new InventoryHarness();
    await harness.init(options);
    return harness;
  }

  private async init(options: HarnessOptions): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'inventory-it-'));
    this.sim = await startAwsSimulator({ seed: 11, size: 'tiny', ...options.sim });
    this.endpointUrl = options.endpointUrl?.(this.sim) ?? this.sim.endpoint;
    this.collector = await startAwsCollector({
      host: '127.0.0.1',
      port: 0,
      // Kinds inline on this thread: the same code path as the worker pool (collect.test.ts and the demo CLI test run
      // the pool), without booting a worker in every file that starts a harness (cost, not coverage).
      poolSize: 0,
      logger: this.collectorLogs.logger,
      maxAttempts: 3,
      insecureNoAuth: true,
      allowedEndpoints: [this.endpointUrl],
      ...options.collector,
    });
    this.env = {
      [simKeyIdVariable]: this.sim.credentials.accessKeyId,
      [simSecretVariable]: this.sim.credentials.secretAccessKey,
      INVENTORY_API_TOKEN: apiToken,
    };
    this.config = parseConfig({
      accounts: this.accounts(options.withAssumedAccount ?? false),
      api: { port: 0 },
      metrics: { enabled: false },
      schedule: { enabled: false },
      task: { retries: 1, retryBackoffMs: 50, deadlineSeconds: 60 },
      ...options.config,
    });
    this.store = await openGraphStore(options.store ?? { kind: 'sqlite', path: join(this.dir, 'inventory.db') });
    await this.startInventory();
  }

  accounts(withAssumedAccount: boolean): Record<string, unknown>[] {
    const staticKeys = { accessKeyIdEnv: simKeyIdVariable, secretAccessKeyEnv: simSecretVariable };
    const common = { collector: `127.0.0.1:${this.collector.port}`, endpointUrl: this.endpointUrl };
    const accounts: Record<string, unknown>[] = [
      { name: 'main', id: this.sim.mainAccountId, credentials: { type: 'static', ...staticKeys }, ...common },
    ];
    const partner = this.sim.accounts.find((account) => !account.isMain);
    const role = partner?.roles[0];
    if (withAssumedAccount && partner && role) {
      accounts.push({
        name: 'partner',
        id: partner.id,
        credentials: {
          type: 'assume_role',
          roleArn: role.arn,
          ...(role.externalId ? { externalId: role.externalId } : {}),
          ...staticKeys,
        },
        ...common,
      });
    }
    return accounts;
  }

  async startInventory(): Promise<void> {
    this.inventory = await startInventory(this.config, {
      store: this.store,
      logger: this.logs.logger,
      env: this.env,
      schedule: false,
      metricsEndpoint: false,
    });
    this.client = new InventoryClient(`127.0.0.1:${this.inventory.api?.port}`, { token: apiToken });
  }

  async restartInventory(): Promise<void> {
    this.client.close();
    await this.inventory.stop();
    await this.startInventory();
  }

  private isCollectorStopped = false;

  /** Takes the collector down (the "collector is down" case); stop() then leaves it alone. */
  async stopCollector(): Promise<void> {
    this.isCollectorStopped = true;
    await this.collector.stop();
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.inventory?.stop();
    await this.store?.close();
    if (!this.isCollectorStopped) await this.collector?.stop();
    await this.sim?.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
