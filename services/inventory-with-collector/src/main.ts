import { runInventoryProcess } from '@cloud-inventory/inventory';
import { startInProcessAwsCollector } from './in-process-collector.js';

/**
 * `npm start`: the inventory with the AWS collector in the same process (unless COLLECTOR_ADDRESS names one) and the
 * embedded store, syncing on schedule. `npm start -- --once [--json]` runs one sync and exits.
 */
runInventoryProcess({ startCollector: startInProcessAwsCollector });
