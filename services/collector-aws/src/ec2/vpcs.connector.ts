import { EC2Client, paginateDescribeVpcs, type Vpc } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class VpcsConnector extends ListingConnector<Vpc> {
  readonly listing = paginated(EC2Client, paginateDescribeVpcs, 'Vpcs');
}
