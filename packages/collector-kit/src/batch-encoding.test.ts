import { describe, expect, it } from '@jest/globals';
import { loadCollectorProto, type CollectResponse__Output } from '@cloud-inventory/protocol';
import { encodeBatches, MAX_BATCH_BYTES } from './batch-encoding.js';
import type { UnifiedResource } from './unified-resource.js';

const deserialize = loadCollectorProto().Collector.service.Collect.responseDeserialize as (
  bytes: Buffer,
) => CollectResponse__Output;

/** A key pair with an edge to each of its instances: its message grows with the instances. */
function keyPair(index: number, instances: number, region = 'eu-west-1'): UnifiedResource {
  const id = `key-${String(index).padStart(5, '0')}`;
  return {
    uid: `arn:aws:ec2:${region}:123456789012:key-pair/${id}`,
    id,
    kind: 'aws_ec2_key_pair',
    name: id,
    tags: {},
    cloud: 'aws',
    account: '123456789012',
    region,
    service_group: 'EC2',
    type: 'key_pair',
    data_json: '{}',
    relationships: Array.from({ length: instances }, (_, n) => ({
      type: 'used_by',
      target_uid: `arn:aws:ec2:${region}:123456789012:instance/i-${String(n).padStart(17, '0')}`,
      target_kind: 'aws_ec2_instance',
    })),
  };
}

const uidsOf = (batches: ReturnType<typeof encodeBatches>) =>
  batches.flatMap((batch) => deserialize(Buffer.from(batch.encoded)).resources.map((resource) => resource.uid));

describe('batches of resources as messages', () => {
  it('are one message while it fits', () => {
    const resources = Array.from({ length: 500 }, (_, index) => keyPair(index, 2));
    const batches = encodeBatches(resources, 'CLOUD_SERVICE', false);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.count).toBe(500);
  });

  it('are split into messages that each fit a default gRPC client, every resource once and in order', () => {
    // 500 key pairs of 125 instances each: about 5 MiB as one message (a key pair kind in a million-resource account).
    const resources = Array.from({ length: 500 }, (_, index) =>
      keyPair(index, 125, index % 2 ? 'us-east-1' : 'eu-west-1'),
    );
    const batches = encodeBatches(resources, 'CLOUD_SERVICE', true);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.encoded.byteLength).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(uidsOf(batches)).toEqual(resources.map((resource) => resource.uid));
    expect(batches.reduce((sum, batch) => sum + batch.count, 0)).toBe(500);
    const byRegion = batches.map((batch) => batch.regions ?? {});
    expect(byRegion.reduce((sum, regions) => sum + (regions['us-east-1'] ?? 0), 0)).toBe(250);
  });

  it('send a resource larger than the bound alone', () => {
    const resources = [keyPair(0, 1), keyPair(1, 200), keyPair(2, 1)];
    const batches = encodeBatches(resources, 'CLOUD_SERVICE', false, 10_000);
    expect(batches.map((batch) => batch.count)).toEqual([1, 1, 1]);
    expect(uidsOf(batches)).toEqual(resources.map((resource) => resource.uid));
  });
});
