import { RDSClient, paginateDescribeDBSnapshots, type DBSnapshot } from '@aws-sdk/client-rds';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// The manual snapshots only: automated ones come and go with each instance's backup retention.
export class DbSnapshotsConnector extends ListingConnector<DBSnapshot> {
  readonly listing = paginated(RDSClient, paginateDescribeDBSnapshots, 'DBSnapshots', {
    pageSize: 100,
    input: { SnapshotType: 'manual' },
  });
}
