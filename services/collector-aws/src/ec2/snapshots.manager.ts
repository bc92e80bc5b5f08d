import type { Snapshot } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { VolumesManager } from './volumes.manager.js';

export class SnapshotsManager extends ResourceManager<Snapshot> {
  readonly kind = 'aws_ec2_snapshot';
  readonly serviceType = {
    group: 'EC2',
    type: 'Snapshot',
    name: 'EBS Snapshot',
    labels: ['Storage', 'Backup'],
    family: 'snapshot',
  };
  // Snapshot ARNs carry no account: snapshots can be shared across accounts.
  readonly uid = arnFor('ec2', 'snapshot/', { account: false });
  readonly mapping = awsMapping<Snapshot>({ id: 'SnapshotId', createdAt: 'StartTime' });
  override readonly relationships = [
    edge('snapshot_of', VolumesManager, (s: Snapshot) => s.VolumeId),
    ...encryptedBy((s: Snapshot) => s.KmsKeyId),
  ];
}
