import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { startAwsCollector } from '@cloud-inventory/collector-aws';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import {
  parseConfig,
  ReactClient,
  startInventory,
  type Clock,
  type RunningInventory,
} from '@cloud-inventory/inventory';

export const apiToken = 'react-test-token';

/** What the harness needs of a running simulator (tests start it: only tests import the simulator). */
export interface SimulatorEndpoint {
  endpoint: string;
  mainAccountId: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  stop(): Promise<void>;
}

/** The simulator, the real AWS collector on loopback, a SQLite store in a temp dir and the inventory, wired up. */
export class ReactHarness {
  sim!: SimulatorEndpoint;
  collector!: { port: number; stop(): Promise<void> };
  store!: GraphStore;
  inventory!: RunningInventory;
  client!: ReactClient;
  private dir = '';

  /** Takes over the simulator (and stops it in stop()); syncs its account's eu-west-1. */
  static async start(
    sim: SimulatorEndpoint,
    react: Record<string, unknown>,
    clock: Clock,
    logger: Logger = pino({ level: 'silent' }),
  ): Promise<ReactHarness> {
    const harness = new ReactHarness();
    harness.sim = sim;
    harness.dir = await mkdtemp(join(tmpdir(), 'react-it-'));
    harness.collector = await startAwsCollector({
      host: '127.0.0.1',
      port: 0,
      poolSize: 0,
      maxAttempts: 2,
      insecureNoAuth: true,
      actionsEnabled: true,
      allowedEndpoints: [sim.endpoint],
    });
    const config = parseConfig({
      accounts: [
        {
          name: 'main',
          id: harness.sim.mainAccountId,
          collector: `127.0.0.1:${harness.collector.port}`,
          endpointUrl: harness.sim.endpoint,
          regions: ['eu-west-1'],
          credentials: { type: 'static', accessKeyIdEnv: 'SIM_KEY_ID', secretAccessKeyEnv: 'SIM_SECRET' },
        },
      ],
      api: { port: 0 },
      metrics: { enabled: true, port: 0 },
      schedule: { enabled: false },
      task: { retries: 1, retryBackoffMs: 50, deadlineSeconds: 60 },
      react,
    });
    harness.store = await openGraphStore({ kind: 'sqlite', path: join(harness.dir, 'inventory.db') });
    harness.inventory = await startInventory(config, {
      store: harness.store,
      logger,
      env: {
        SIM_KEY_ID: harness.sim.credentials.accessKeyId,
        SIM_SECRET: harness.sim.credentials.secretAccessKey,
        INVENTORY_API_TOKEN: apiToken,
      },
      clock,
      schedule: false,
      metricsEndpoint: true,
    });
    harness.client = new ReactClient(`127.0.0.1:${harness.inventory.api?.port}`, { token: apiToken });
    return harness;
  }

  get scope(): { account: string; region: string } {
    return { account: this.sim.mainAccountId, region: 'eu-west-1' };
  }

  arn(type: string, id: string): string {
    return `arn:aws:ec2:eu-west-1:${this.sim.mainAccountId}:${type}/${id}`;
  }

  /** Runs a sync to the end, then waits for the react phase's work it started (metrics, policies, jobs). */
  async sync(): Promise<void> {
    const job = await this.inventory.runner.run({ trigger: 'test' });
    if (job.state !== 'SUCCESS') throw new Error(`sync ended ${job.state}: ${job.error ?? ''}`);
    await this.inventory.react.idle();
  }

  async scrape(): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.inventory.metricsServer?.port}/metrics`);
    return response.text();
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.inventory?.stop();
    await this.store?.close();
    await this.collector?.stop();
    await this.sim?.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

/** The value of one series in a Prometheus text scrape (labels in any order), or undefined. */
export function scrapedValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[4]);
  }
  return undefined;
}

/** The sum of every series of a metric in a scrape. */
export function scrapedSum(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{.*\})? (\S+)$/.exec(line);
    if (match && match[1] === name) sum += Number(match[3]);
  }
  return sum;
}
