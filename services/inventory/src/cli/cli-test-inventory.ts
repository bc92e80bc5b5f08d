import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openGraphStore, type GraphStore } from '@cloud-inventory/graph-store';
import { parseConfig } from '../config/parse-config.js';
import { startInventory } from '../inventory.js';
import { runCli } from './run-cli.js';

/** What one CLI run printed and the exit code it gave. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** An inventory on a seeded SQLite file, serving its API on loopback for CLI tests. */
export interface CliTestInventory {
  cli(...args: string[]): Promise<CliRun>;
  stop(): Promise<void>;
}

export async function startCliTestInventory(seed: (store: GraphStore) => Promise<void>): Promise<CliTestInventory> {
  const token = 'cli-test-token';
  const dir = await mkdtemp(join(tmpdir(), 'cli-test-'));
  const store = await openGraphStore({ kind: 'sqlite', path: join(dir, 'inventory.db') });
  await seed(store);
  const inventory = await startInventory(
    parseConfig({ accounts: [{ name: 'main', id: '111111111111' }], api: { port: 0 }, metrics: { enabled: false } }),
    { store, logger: pino({ level: 'silent' }), env: { INVENTORY_API_TOKEN: token }, schedule: false },
  );
  return {
    async cli(...args) {
      let out = '';
      let err = '';
      const code = await runCli(args, {
        env: { INVENTORY_ADDRESS: `127.0.0.1:${inventory.api?.port}`, INVENTORY_API_TOKEN: token },
        output: { out: (text) => (out += text), err: (text) => (err += text), interactive: false },
      });
      return { code, out, err };
    },
    async stop() {
      await inventory.stop();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
