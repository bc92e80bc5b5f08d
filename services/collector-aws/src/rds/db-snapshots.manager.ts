import type { DBSnapshot } from '@aws-sdk/client-rds';
import { ResourceManager, arnFor, edge } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { DbInstancesManager } from './db-instances.manager.js';
import { tagListMapping } from '../tag-list-mapping.js';

export class DbSnapshotsManager extends ResourceManager<DBSnapshot> {
  readonly kind = 'aws_rds_db_snapshot';
  readonly serviceType = { group: 'RDS', type: 'DBSnapshot', name: 'RDS DB Snapshot', labels: ['Storage', 'Database'] };
  readonly uid = arnFor('rds', 'snapshot:');
  readonly mapping = tagListMapping<DBSnapshot>('DBSnapshotIdentifier', 'SnapshotCreateTime');
  override readonly relationships = [
    edge('snapshot_of', DbInstancesManager, (snapshot: DBSnapshot) => snapshot.DBInstanceIdentifier),
    ...encryptedBy((snapshot: DBSnapshot) => snapshot.KmsKeyId),
  ];
}
