import type { Snapshot } from '@aws-sdk/client-ec2';
import {
  ResourceManager,
  arnFor,
  awsTags,
  edge,
  optional,
  rawExcept,
  required,
  tagOr,
} from '@cloud-inventory/collector-kit';
import { VolumesManager } from './volumes.manager.js';

export class SnapshotsManager extends ResourceManager<Snapshot> {
  readonly kind = 'aws_ec2_snapshot';
  readonly serviceType = { group: 'EC2', type: 'Snapshot', name: 'EBS Snapshot', labels: ['Storage', 'Backup'] };
  // Snapshot ARNs carry no account: snapshots can be shared across accounts.
  readonly uid = arnFor('ec2', 'snapshot/', { account: false });
  readonly mapping = {
    id: required('SnapshotId'),
    name: tagOr('Name', 'SnapshotId'),
    created_at: optional('StartTime'),
    tags: awsTags(),
    data: rawExcept<Snapshot>('Tags'),
  };
  override readonly relationships = [edge('snapshot_of', VolumesManager, (s: Snapshot) => s.VolumeId)];
}
