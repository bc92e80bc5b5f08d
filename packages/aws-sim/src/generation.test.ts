import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator, type ResourceScope } from './index.js';
import { IdCodec } from './world/id-codec.js';

describe('generated data', () => {
  let sim: AwsSimulator;
  let scope: ResourceScope;

  beforeAll(async () => {
    sim = await startAwsSimulator({
      seed: 5,
      size: 'tiny',
      counts: { instance: 7, volume: 300, address: 9, snapshot: 40 },
    });
    scope = { account: sim.mainAccountId, region: 'eu-west-1' };
  });

  afterAll(async () => {
    await sim.stop();
  });

  it('keeps both sides of every volume attachment in agreement, even with many volumes per instance', () => {
    const instances = new Map(sim.state.list('instance', scope).map((i) => [i.InstanceId, i]));
    const volumes = sim.state.list('volume', scope);
    for (const volume of volumes) {
      for (const attachment of volume.Attachments) {
        const mappings = instances.get(attachment.InstanceId)?.BlockDeviceMappings ?? [];
        expect(mappings.find((m) => m.Ebs.VolumeId === volume.VolumeId)?.DeviceName).toBe(attachment.Device);
      }
      expect(volume.State).toBe(volume.Attachments.length > 0 ? 'in-use' : 'available');
    }
    const attachedIds = new Set(volumes.filter((v) => v.Attachments.length > 0).map((v) => v.VolumeId));
    for (const instance of instances.values()) {
      const devices = instance.BlockDeviceMappings.map((m) => m.DeviceName);
      expect(new Set(devices).size).toBe(devices.length);
      for (const mapping of instance.BlockDeviceMappings) expect(attachedIds.has(mapping.Ebs.VolumeId)).toBe(true);
    }
  });

  it('associates elastic IPs only with existing instances, and the instance shows that address', () => {
    const instances = new Map(sim.state.list('instance', scope).map((i) => [i.InstanceId, i]));
    const addresses = sim.state.list('address', scope);
    expect(addresses.filter((a) => a.InstanceId).length).toBeGreaterThan(0);
    for (const address of addresses.filter((a) => a.InstanceId)) {
      expect(instances.get(address.InstanceId as string)?.PublicIpAddress).toBe(address.PublicIp);
    }
  });

  it('serves an empty world when a kind has no items', async () => {
    const empty = await startAwsSimulator({ size: 'tiny', counts: { vpc: 0, instance: 0, volume: 0, bucket: 0 } });
    try {
      const emptyScope = { account: empty.mainAccountId, region: 'us-east-1' };
      expect(empty.state.list('subnet', emptyScope)).toEqual([]);
      expect(empty.state.list('snapshot', emptyScope).every((s) => s.VolumeId === 'vol-ffffffff')).toBe(true);
    } finally {
      await empty.stop();
    }
  });
});

describe('resource ids', () => {
  it('round-trips indexes through realistic 17-hex ids, and rejects ids of another scope', () => {
    const codec = new IdCodec('i-', 12345);
    const other = new IdCodec('i-', 54321);
    for (const index of [0, 1, 999, 100_000, 2 ** 39 + 3]) {
      const id = codec.encode(index);
      expect(id).toMatch(/^i-0[0-9a-f]{16}$/);
      expect(codec.decode(id)).toBe(index);
      expect(other.decode(id)).toBeUndefined();
    }
    expect(codec.decode('i-0123')).toBeUndefined();
  });
});
