import { EC2Client, paginateDescribeVolumes, type Volume } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class VolumesConnector extends ListingConnector<Volume> {
  readonly listing = paginated(EC2Client, paginateDescribeVolumes, 'Volumes', { pageSize: 500 });
}
