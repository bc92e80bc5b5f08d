import { RDSClient, paginateDescribeDBClusters, type DBCluster } from '@aws-sdk/client-rds';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// RDS pages of 20 to 100 records (MaxRecords); tags come inline in TagList.
export class DbClustersConnector extends ListingConnector<DBCluster> {
  readonly listing = paginated(RDSClient, paginateDescribeDBClusters, 'DBClusters', { pageSize: 100 });
}
