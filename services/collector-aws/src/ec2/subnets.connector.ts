import { EC2Client, paginateDescribeSubnets, type Subnet } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class SubnetsConnector extends ListingConnector<Subnet> {
  readonly listing = paginated(EC2Client, paginateDescribeSubnets, 'Subnets');
}
