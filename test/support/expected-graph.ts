import { CollectorTestClient, collectAccount, simAccountSecret } from '@cloud-inventory/collector-aws/testing';
import type { InventoryHarness } from './inventory-harness.js';

/** The resources per kind and connected edges per type a graph of some accounts holds. */
export interface GraphCounts {
  kinds: Record<string, number>;
  edges: Record<string, number>;
}

/**
 * What the graph of some accounts must hold now, in the inventory's terms: what the harness's collector emits for
 * them (itself checked against the simulator, kind by kind, by the collector's generated conformance suite), as
 * resources per kind and edges per type. An edge whose target was not collected (a snapshot of a deleted volume, a
 * peering's VPC in an account left out) stays pending in the store and is not counted; one into another of the
 * accounts (a cross-account peering) is.
 */
export async function expectedGraph(harness: InventoryHarness, ...accounts: string[]): Promise<GraphCounts> {
  const client = new CollectorTestClient(`127.0.0.1:${harness.collector.port}`);
  try {
    const options = { endpoint_url: harness.endpointUrl };
    const resources = [];
    for (const account of accounts) {
      resources.push(...(await collectAccount(client, options, simAccountSecret(harness.sim, account))).resources);
    }
    const uids = new Set(resources.map((resource) => resource.uid));
    const kinds: Record<string, number> = {};
    const edges: Record<string, number> = {};
    for (const resource of resources) {
      kinds[resource.kind] = (kinds[resource.kind] ?? 0) + 1;
      for (const edge of resource.relationships) {
        if (uids.has(edge.target_uid)) edges[edge.type] = (edges[edge.type] ?? 0) + 1;
      }
    }
    return { kinds, edges };
  } finally {
    client.close();
  }
}
