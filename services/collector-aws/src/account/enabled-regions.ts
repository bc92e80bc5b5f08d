import type { ConnectorContext } from '@cloud-inventory/collector-kit';
import { RegionsConnector } from './regions.connector.js';

/** The codes of the account's enabled regions (GetTasks, Verify). */
export async function listEnabledRegions(context: ConnectorContext): Promise<string[]> {
  const regions: string[] = [];
  for await (const region of new RegionsConnector(context).items()) {
    if (region.RegionName) regions.push(region.RegionName);
  }
  return regions;
}
