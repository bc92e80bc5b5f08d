import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { join } from 'node:path';
import { protoDir, protoLoaderOptions } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';

export type InventoryPackage = InventoryApi.ProtoGrpcType['cloudinventory']['inventory']['v1'];

export const inventoryServiceName = 'cloudinventory.inventory.v1.Inventory';

let loaded: { definition: PackageDefinition; proto: InventoryPackage } | undefined;

/** The inventory API: its package definition (for reflection) and its typed service and client constructors. */
export function loadInventoryProto(): { definition: PackageDefinition; proto: InventoryPackage } {
  if (!loaded) {
    const definition = loadSync(join(protoDir, 'inventory.proto'), protoLoaderOptions);
    const grpcObject = loadPackageDefinition(definition) as unknown as InventoryApi.ProtoGrpcType;
    loaded = { definition, proto: grpcObject.cloudinventory.inventory.v1 };
  }
  return loaded;
}
