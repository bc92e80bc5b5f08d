/**
 * The inventory in a child process, for the restart test: opens the SQLite store, runs one sync and logs pino JSON
 * to stdout. CHILD_CONFIG holds the already-validated configuration, CHILD_STORE_PATH the database file.
 */
import { openGraphStore } from '@cloud-inventory/graph-store';
import { createRootLogger, startInventory, type InventoryConfig } from '@cloud-inventory/inventory';

const config = JSON.parse(process.env.CHILD_CONFIG ?? '{}') as InventoryConfig;
const store = await openGraphStore({ kind: 'sqlite', path: process.env.CHILD_STORE_PATH ?? '' });
const logger = createRootLogger({ level: 'debug' });
const inventory = await startInventory(config, { store, logger, api: false, schedule: false, metricsEndpoint: false });
await inventory.runner.run({ trigger: 'child' });
await inventory.stop();
await store.close();
