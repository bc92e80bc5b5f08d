import type { DBCluster } from '@aws-sdk/client-rds';
import { ResourceManager, arnFor, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { withEncrypted } from '../kms/encrypted-at-rest.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import { DbSubnetGroupsManager } from './db-subnet-groups.manager.js';
import { tagListMapping } from '../tag-list-mapping.js';

export class DbClustersManager extends ResourceManager<DBCluster> {
  readonly kind = 'aws_rds_db_cluster';
  readonly serviceType = {
    group: 'RDS',
    type: 'DBCluster',
    name: 'RDS DB Cluster',
    labels: ['Database'],
    family: 'database',
  };
  readonly uid = arnFor('rds', 'cluster:');
  readonly mapping = withEncrypted(
    tagListMapping<DBCluster>('DBClusterIdentifier', 'ClusterCreateTime'),
    (cluster) => cluster.StorageEncrypted === true,
  );
  override readonly relationships = [
    edge('uses', DbSubnetGroupsManager, (cluster: DBCluster) => cluster.DBSubnetGroup),
    edge('member_of', SecurityGroupsManager, (cluster: DBCluster) =>
      cluster.VpcSecurityGroups?.map((group) => group.VpcSecurityGroupId),
    ),
    ...encryptedBy((cluster: DBCluster) => cluster.KmsKeyId),
  ];
}
