import { UnaryClient, type UnaryClientOptions, type UnaryMethodsOf } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { loadInventoryProto } from './inventory-proto.js';

export type InventoryClientOptions = UnaryClientOptions;

/** A promise-based client of the inventory API, for other services, tests and the demo. */
export class InventoryClient extends UnaryClient<
  UnaryMethodsOf<InventoryApi.InventoryDefinition>,
  InventoryApi.InventoryClient
> {
  constructor(address: string, options: InventoryClientOptions = {}) {
    super(loadInventoryProto().proto.Inventory, address, options, 30_000);
  }
}
