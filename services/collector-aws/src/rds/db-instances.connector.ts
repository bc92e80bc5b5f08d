import { RDSClient, paginateDescribeDBInstances, type DBInstance } from '@aws-sdk/client-rds';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// RDS pages of 20 to 100 records (MaxRecords); tags come inline in TagList.
export class DbInstancesConnector extends ListingConnector<DBInstance> {
  readonly listing = paginated(RDSClient, paginateDescribeDBInstances, 'DBInstances', { pageSize: 100 });
}
