import type { DBInstance } from '@aws-sdk/client-rds';
import { ResourceManager, arnFor, edge, type Relationship } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { withEncrypted } from '../kms/encrypted-at-rest.js';
import { encryptedBy } from '../kms/encrypted-by.js';
import { DbClustersManager } from './db-clusters.manager.js';
import { DbSubnetGroupsManager } from './db-subnet-groups.manager.js';
import { tagListMapping } from '../tag-list-mapping.js';

/** A source in another region is named by its ARN: that one is not an instance of this scope. */
function sameRegionSource(instance: DBInstance): string | undefined {
  const source = instance.ReadReplicaSourceDBInstanceIdentifier;
  return source?.startsWith('arn:') ? undefined : source;
}

export class DbInstancesManager extends ResourceManager<DBInstance> {
  readonly kind = 'aws_rds_db_instance';
  readonly serviceType = {
    group: 'RDS',
    type: 'DBInstance',
    name: 'RDS DB Instance',
    labels: ['Database'],
    family: 'database',
  };
  readonly uid = arnFor('rds', 'db:');
  readonly mapping = withEncrypted(
    tagListMapping<DBInstance>('DBInstanceIdentifier', 'InstanceCreateTime'),
    (instance) => instance.StorageEncrypted === true,
  );
  // typed: the list names this class itself (read replicas)
  override readonly relationships: readonly Relationship<DBInstance>[] = [
    edge('belongs_to', DbClustersManager, (instance: DBInstance) => instance.DBClusterIdentifier),
    edge('uses', DbSubnetGroupsManager, (instance: DBInstance) => instance.DBSubnetGroup?.DBSubnetGroupName),
    edge('member_of', SecurityGroupsManager, (instance: DBInstance) =>
      instance.VpcSecurityGroups?.map((group) => group.VpcSecurityGroupId),
    ),
    edge('replica_of', DbInstancesManager, sameRegionSource),
    ...encryptedBy((instance: DBInstance) => instance.KmsKeyId),
  ];
}
