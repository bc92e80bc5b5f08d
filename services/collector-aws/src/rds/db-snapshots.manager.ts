import type { DBClusterSnapshot } from '@aws-sdk/client-rds';
import {
  ResourceManager,
  awsTags,
  edge,
  optional,
  rawExcept,
  requiredField,
  tagOr,
} from '@cloud-inventory/collector-kit';
import { withEncrypted } from '../kms/encrypted-at-rest.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import { DbClustersManager } from './db-clusters.manager.js';
import { DbInstancesManager } from './db-instances.manager.js';
import type { RdsSnapshot } from './db-snapshots.connector.js';

function isClusterSnapshot(snapshot: RdsSnapshot): snapshot is DBClusterSnapshot {
  return 'DBClusterSnapshotIdentifier' in snapshot;
}

const identifierOf = (snapshot: RdsSnapshot) =>
  isClusterSnapshot(snapshot) ? 'DBClusterSnapshotIdentifier' : 'DBSnapshotIdentifier';

/**
 * Manual snapshots of DB instances and of Aurora DB clusters, one kind. The uid is the ARN AWS gives
 * (`…:snapshot:<name>` or `…:cluster-snapshot:<name>`): instance and cluster snapshots are named in namespaces of their
 * own, so a name alone cannot say which ARN it is (one name may be both), and no edge can point here by id (none does).
 */
export class DbSnapshotsManager extends ResourceManager<RdsSnapshot> {
  readonly kind = 'aws_rds_db_snapshot';
  readonly serviceType = {
    group: 'RDS',
    type: 'DBSnapshot',
    name: 'RDS DB Snapshot',
    labels: ['Storage', 'Database'],
    family: 'snapshot',
  };
  readonly uid = {
    fromItem: (snapshot: RdsSnapshot) =>
      requiredField(snapshot, isClusterSnapshot(snapshot) ? 'DBClusterSnapshotArn' : 'DBSnapshotArn'),
  };
  readonly mapping = withEncrypted<RdsSnapshot>(
    {
      id: (snapshot: RdsSnapshot) => requiredField(snapshot, identifierOf(snapshot)),
      name: (snapshot: RdsSnapshot) => tagOr('Name', identifierOf(snapshot), 'TagList')(snapshot),
      tags: awsTags('TagList'),
      created_at: optional('SnapshotCreateTime'),
      data: rawExcept<RdsSnapshot>('TagList'),
    },
    (snapshot) => (isClusterSnapshot(snapshot) ? snapshot.StorageEncrypted : snapshot.Encrypted) === true,
  );
  override readonly relationships = [
    edge('snapshot_of', DbInstancesManager, (snapshot: RdsSnapshot) =>
      isClusterSnapshot(snapshot) ? undefined : snapshot.DBInstanceIdentifier,
    ),
    edge('snapshot_of', DbClustersManager, (snapshot: RdsSnapshot) =>
      isClusterSnapshot(snapshot) ? snapshot.DBClusterIdentifier : undefined,
    ),
    ...encryptedBy((snapshot: RdsSnapshot) => snapshot.KmsKeyId),
  ];
}
