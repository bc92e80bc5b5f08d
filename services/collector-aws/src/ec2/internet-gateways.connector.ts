import { EC2Client, paginateDescribeInternetGateways, type InternetGateway } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class InternetGatewaysConnector extends ListingConnector<InternetGateway> {
  readonly listing = paginated(EC2Client, paginateDescribeInternetGateways, 'InternetGateways');
}
