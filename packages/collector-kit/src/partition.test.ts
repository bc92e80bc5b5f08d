import { describe, expect, it } from '@jest/globals';
import { homeRegionOf, partitionOfAccount, partitionOfArn, partitionOfRegion } from './partition.js';
import { arnFor, required } from './mapping-helpers.js';
import { edge } from './relationships.js';
import { ResourceManager } from './resource-manager.js';

describe('partitions', () => {
  it("takes an account's partition from its caller identity ARN", () => {
    expect(partitionOfAccount('arn:aws-cn:iam::123456789012:user/reader', 'us-east-1')).toBe('aws-cn');
    expect(partitionOfAccount('arn:aws-us-gov:sts::123456789012:assumed-role/r/s', 'us-east-1')).toBe('aws-us-gov');
    expect(partitionOfAccount('arn:aws:iam::123456789012:user/reader', 'cn-north-1')).toBe('aws');
    // An identity without an ARN (some emulators): the region STS was asked in.
    expect(partitionOfAccount('', 'cn-northwest-1')).toBe('aws-cn');
    expect(partitionOfArn('not-an-arn:aws:x')).toBeUndefined();
  });

  it('maps region codes to their partition and partitions to their home region', () => {
    expect(
      ['eu-west-1', 'us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1', 'il-central-1'].map(
        partitionOfRegion,
      ),
    ).toEqual(['aws', 'aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws']);
    expect(['aws', 'aws-cn', 'aws-us-gov'].map(homeRegionOf)).toEqual(['us-east-1', 'cn-north-1', 'us-gov-west-1']);
  });
});

interface Disk {
  DiskId: string;
  MachineId?: string;
}

class MachinesManager extends ResourceManager<{ MachineId: string }> {
  readonly kind = 'test_machine';
  readonly serviceType = { group: 'Test', type: 'Machine' };
  readonly uid = arnFor('ec2', 'instance/');
  readonly mapping = { id: required('MachineId'), name: required('MachineId'), data: () => ({}) };
}

class DisksManager extends ResourceManager<Disk> {
  readonly kind = 'test_disk';
  readonly serviceType = { group: 'Test', type: 'Disk' };
  readonly uid = arnFor('ec2', 'volume/');
  readonly mapping = { id: required('DiskId'), name: required('DiskId'), data: () => ({}) };
  override readonly relationships = [edge('attached_to', MachinesManager, (disk: Disk) => disk.MachineId)];
}

describe("a Manager's ARNs", () => {
  it("are built in the scope's partition, its edges' targets too", () => {
    const resource = new DisksManager().map(
      { DiskId: 'vol-1', MachineId: 'i-1' },
      { partition: 'aws-cn', account: '123456789012', region: 'cn-north-1' },
    );
    expect(resource.uid).toBe('arn:aws-cn:ec2:cn-north-1:123456789012:volume/vol-1');
    expect(resource.relationships.map((edge) => edge.target_uid)).toEqual([
      'arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-1',
    ]);
  });
});
