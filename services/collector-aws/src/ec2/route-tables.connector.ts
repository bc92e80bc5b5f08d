import { EC2Client, paginateDescribeRouteTables, type RouteTable } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// DescribeRouteTables answers at most 100 route tables a page.
export class RouteTablesConnector extends ListingConnector<RouteTable> {
  readonly listing = paginated(EC2Client, paginateDescribeRouteTables, 'RouteTables', { pageSize: 100 });
}
