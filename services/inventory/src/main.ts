import { runInventoryProcess } from './inventory-process.js';

/**
 * `npm run inventory` and the inventory image: the inventory alone, syncing through the collectors its configuration
 * names (COLLECTOR_ADDRESS). `npm start` adds an in-process collector (services/inventory-with-collector).
 */
runInventoryProcess();
