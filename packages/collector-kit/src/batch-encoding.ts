import { loadCollectorProto, type CollectResponse } from '@cloud-inventory/protocol';
import type { ManagedResourceType } from './resource-manager.js';
import type { UnifiedResource } from './unified-resource.js';

/** A batch of resources as the gRPC stream will send it, encoded where it was mapped (the worker). */
export interface EncodedBatch {
  encoded: Uint8Array;
  count: number;
  /** Resources per region, for kinds whose resources carry their own region (scope counts). */
  regions?: Record<string, number>;
}

export const matchKeys = ['uid'];

/**
 * The most bytes one batch message carries: what a gRPC client accepts by default (grpc.max_receive_message_length,
 * 4 MiB). Resources whose data grows with the account (a key pair's instances, with an edge each) make 500 of them
 * larger than that in a large account; the batch is then split, so every message arrives whatever the client's limit.
 */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

let serialize: ((value: CollectResponse) => Uint8Array) | undefined;

export function encodeBatch(
  resources: UnifiedResource[],
  resourceType: ManagedResourceType,
  countRegions: boolean,
): EncodedBatch {
  serialize ??= loadCollectorProto().Collector.service.Collect.responseSerialize as (
    value: CollectResponse,
  ) => Uint8Array;
  const bytes = serialize({ state: 'SUCCESS', resource_type: resourceType, resources, match_keys: matchKeys });
  // The batch's buffer is transferred to the main thread. A view into a larger (pooled) buffer would drag the whole
  // pool across, and Node 21+ refuses to transfer the pool at all (DataCloneError); Buffer#slice is a view too, so
  // copy exactly its bytes into a buffer of their own.
  const isWholeBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const encoded = isWholeBuffer ? bytes : new Uint8Array(bytes);
  const batch: EncodedBatch = { encoded, count: resources.length };
  if (countRegions) {
    const regions: Record<string, number> = {};
    for (const resource of resources) regions[resource.region] = (regions[resource.region] ?? 0) + 1;
    batch.regions = regions;
  }
  return batch;
}

/**
 * A batch as one message, or, when that message would be larger than maxBytes, as halves (split again as long as
 * needed) that each fit, in the same order. A single resource larger than maxBytes still goes alone.
 */
export function encodeBatches(
  resources: UnifiedResource[],
  resourceType: ManagedResourceType,
  countRegions: boolean,
  maxBytes = MAX_BATCH_BYTES,
): EncodedBatch[] {
  const whole = encodeBatch(resources, resourceType, countRegions);
  if (whole.encoded.byteLength <= maxBytes || resources.length === 1) return [whole];
  const half = Math.ceil(resources.length / 2);
  return [
    ...encodeBatches(resources.slice(0, half), resourceType, countRegions, maxBytes),
    ...encodeBatches(resources.slice(half), resourceType, countRegions, maxBytes),
  ];
}
