import type { Snapshot } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, optional, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { snapshotUid, volumeUid } from './uids.js';

export class SnapshotsManager extends ResourceManager<Snapshot> {
  readonly kind = 'aws_ec2_snapshot';
  readonly serviceType = { group: 'EC2', type: 'Snapshot', name: 'EBS Snapshot', labels: ['Storage', 'Backup'] };
  readonly uid = snapshotUid;
  readonly mapping = {
    id: required('SnapshotId'),
    name: tagOr('Name', 'SnapshotId'),
    created_at: optional('StartTime'),
    tags: awsTags(),
    data: rawExcept<Snapshot>('Tags'),
  };
  override readonly relationships = [
    { type: 'snapshot_of', to: 'aws_ec2_volume', uid: volumeUid, ids: (s: Snapshot) => s.VolumeId },
  ];
}
