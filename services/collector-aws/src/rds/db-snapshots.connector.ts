import {
  RDSClient,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBSnapshots,
  type DBClusterSnapshot,
  type DBSnapshot,
} from '@aws-sdk/client-rds';
import { ResourceConnector, paginated } from '@cloud-inventory/collector-kit';

/** A manual snapshot of a DB instance (DescribeDBSnapshots) or of an Aurora DB cluster (DescribeDBClusterSnapshots). */
export type RdsSnapshot = DBSnapshot | DBClusterSnapshot;

// The manual snapshots only: automated ones come and go with each instance's and cluster's backup retention.
const instanceSnapshots = paginated(RDSClient, paginateDescribeDBSnapshots, 'DBSnapshots', {
  pageSize: 100,
  input: { SnapshotType: 'manual' },
});
const clusterSnapshots = paginated(RDSClient, paginateDescribeDBClusterSnapshots, 'DBClusterSnapshots', {
  pageSize: 100,
  input: { SnapshotType: 'manual' },
});

/** Instance snapshots, then cluster snapshots: two listings, one kind (a snapshot of either is a snapshot). */
export class DbSnapshotsConnector extends ResourceConnector<RdsSnapshot> {
  readonly calls = [...instanceSnapshots.calls(), ...clusterSnapshots.calls()];

  async *items(): AsyncIterable<RdsSnapshot> {
    yield* instanceSnapshots.items(this.context);
    yield* clusterSnapshots.items(this.context);
  }
}
