import { ResourceManager, arnFor, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { tagListMapping } from '../tag-list-mapping.js';
import type { CacheClusterDetails } from './cache-clusters.connector.js';
import { ReplicationGroupsManager } from './replication-groups.manager.js';

export class CacheClustersManager extends ResourceManager<CacheClusterDetails> {
  readonly kind = 'aws_elasticache_cluster';
  readonly serviceType = {
    group: 'ElastiCache',
    type: 'CacheCluster',
    name: 'ElastiCache Cluster',
    labels: ['Database'],
    family: 'cache',
  };
  readonly uid = arnFor('elasticache', 'cluster:');
  readonly mapping = tagListMapping<CacheClusterDetails>('CacheClusterId', 'CacheClusterCreateTime');
  override readonly relationships = [
    edge('belongs_to', ReplicationGroupsManager, (cluster: CacheClusterDetails) => cluster.ReplicationGroupId),
    edge('member_of', SecurityGroupsManager, (cluster: CacheClusterDetails) =>
      cluster.SecurityGroups?.map((group) => group.SecurityGroupId),
    ),
    edge('in_subnet', SubnetsManager, (cluster: CacheClusterDetails) =>
      cluster.CacheSubnetGroup?.Subnets?.map((subnet) => subnet.SubnetIdentifier),
    ),
  ];
}
