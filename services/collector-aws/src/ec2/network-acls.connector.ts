import { EC2Client, paginateDescribeNetworkAcls, type NetworkAcl } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// DescribeNetworkAcls answers at most 100 network ACLs a page.
export class NetworkAclsConnector extends ListingConnector<NetworkAcl> {
  readonly listing = paginated(EC2Client, paginateDescribeNetworkAcls, 'NetworkAcls', { pageSize: 100 });
}
