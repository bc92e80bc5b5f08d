import { EC2Client, paginateDescribeNetworkInterfaces, type NetworkInterface } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class NetworkInterfacesConnector extends ListingConnector<NetworkInterface> {
  readonly listing = paginated(EC2Client, paginateDescribeNetworkInterfaces, 'NetworkInterfaces');
}
