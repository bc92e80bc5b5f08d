import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startAwsSimulator } from '@cloud-inventory/aws-sim';
import { InventoryClient } from '@cloud-inventory/inventory';
import { countsForTotal } from './bench-world.js';
import { exitOf, runTypeScript, spawnTypeScript, type BuildMode } from './child-process.js';
import { inventoryNodeFlags } from './inventory-once.js';

export interface ApiWorldSettings {
  total: number;
  regions: string[];
  workDir: string;
  repositoryRoot: string;
  from: BuildMode;
  /** Node flags for the inventory beyond its image's (such as --cpu-prof). */
  inventoryFlags: string[];
  /** The inventory's code from this checkout instead (to measure two versions on one store). */
  inventoryRoot?: string | undefined;
  /** A store file to start from (a copy of it), instead of an empty store. */
  startStore?: string | undefined;
}

/** The simulator (here), the collector and the inventory serving its API (children), until stop(). */
export interface ApiWorld {
  address: string;
  inventoryPid: number;
  client: InventoryClient;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startApiWorld(settings: ApiWorldSettings): Promise<ApiWorld> {
  const sim = await startAwsSimulator({
    seed: 1,
    accounts: 1,
    regions: settings.regions,
    counts: countsForTotal(settings.total, settings.regions.length),
  });
  const baseEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const collector = await spawnTypeScript(
    settings.from,
    join(settings.repositoryRoot, 'demo/bench/collector-child.ts'),
    [],
    { ...baseEnv, BENCH_SIM_ENDPOINT: sim.endpoint },
    settings.repositoryRoot,
  );
  const { port: collectorPort } = JSON.parse(collector.firstLine) as { port: number };
  const dataDir = join(settings.workDir, 'store');
  await mkdir(dataDir, { recursive: true });
  if (settings.startStore) await copyFile(settings.startStore, join(dataDir, 'inventory.db'));
  const apiPort = await freePort();
  await writeFile(
    join(dataDir, 'inventory.json'),
    JSON.stringify({
      accounts: [
        {
          name: 'bench',
          id: sim.mainAccountId,
          credentials: {
            type: 'static',
            accessKeyIdEnv: 'BENCH_AWS_ACCESS_KEY_ID',
            secretAccessKeyEnv: 'BENCH_AWS_SECRET_ACCESS_KEY',
          },
          regions: settings.regions,
          services: [],
          endpointUrl: sim.endpoint,
        },
      ],
      schedule: { enabled: false },
      task: { deadlineSeconds: 3600 },
      store: { dataDir },
      api: { host: '127.0.0.1', port: apiPort },
      metrics: { enabled: false },
      logLevel: 'warn',
    }),
  );
  const entry = settings.from === 'source' ? 'services/inventory/src/main.ts' : 'services/inventory/dist/main.js';
  const inventoryRoot = settings.inventoryRoot ?? settings.repositoryRoot;
  const inventory = runTypeScript(
    settings.from,
    join(inventoryRoot, entry),
    [],
    {
      ...baseEnv,
      BENCH_AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
      BENCH_AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey,
      COLLECTOR_ADDRESS: `127.0.0.1:${collectorPort}`,
      INVENTORY_CONFIG: join(dataDir, 'inventory.json'),
    },
    inventoryRoot,
    [...inventoryNodeFlags, ...settings.inventoryFlags],
  );
  const address = `127.0.0.1:${apiPort}`;
  const client = new InventoryClient(address, { deadlineMs: 10_000 });
  let exited = false;
  void inventory.done.then(() => (exited = true));
  const stop = async () => {
    client.close();
    inventory.child.kill('SIGTERM');
    collector.child.kill('SIGTERM');
    await Promise.all([inventory.done, exitOf(collector.child)]);
    await sim.stop();
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await client.call('GetSummary', {});
      break;
    } catch (error) {
      if (exited || attempt > 240) {
        await stop();
        throw new Error(`the inventory did not serve its API: ${(await inventory.done).stderr.slice(-2000)}`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { address, inventoryPid: inventory.child.pid as number, client, stop };
}
