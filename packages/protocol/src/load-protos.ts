import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type Options } from '@grpc/proto-loader';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProtoGrpcType as CollectorProtoGrpcType } from './generated/collector.js';

/** The repository's proto/ folder; the same depth from src/ and from dist/. */
export const protoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'proto');

/** The same options the type generator uses (scripts/gen-types.js), so runtime objects match the generated types. */
export const protoLoaderOptions: Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoDir],
};

/**
 * Loads one file of proto/ (such as `inventory.proto`) and returns its gRPC object, typed with the generated
 * `ProtoGrpcType` of that file: `loadProtoFile<import('./generated/inventory.js').ProtoGrpcType>('inventory.proto')`.
 */
export function loadProtoFile<T>(fileName: string): T {
  const definition = loadSync(join(protoDir, fileName), protoLoaderOptions);
  return loadPackageDefinition(definition) as unknown as T;
}

export type CollectorProto = CollectorProtoGrpcType['cloudinventory']['collector']['v1'];

let collectorProto: CollectorProto | undefined;

/** The `cloudinventory.collector.v1` package: service definitions (`Collector.service`) and client constructors. */
export function loadCollectorProto(): CollectorProto {
  collectorProto ??= loadProtoFile<CollectorProtoGrpcType>('collector.proto').cloudinventory.collector.v1;
  return collectorProto;
}
