import { EC2Client, paginateDescribeSnapshots, type Snapshot } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class SnapshotsConnector extends ListingConnector<Snapshot> {
  readonly listing = paginated(EC2Client, paginateDescribeSnapshots, 'Snapshots', { input: { OwnerIds: ['self'] } });
}
