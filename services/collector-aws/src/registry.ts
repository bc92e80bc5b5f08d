import { createRegistry, kind, type RegistryDefinition } from '@cloud-inventory/collector-kit';
import { AccountConnector } from './account/account.connector.js';
import { AccountManager } from './account/account.manager.js';
import { listEnabledRegions } from './account/enabled-regions.js';
import { RegionsConnector } from './account/regions.connector.js';
import { RegionsManager } from './account/regions.manager.js';
import { MetricAlarmsConnector } from './cloudwatch/metric-alarms.connector.js';
import { MetricAlarmsManager } from './cloudwatch/metric-alarms.manager.js';
import { StacksConnector } from './cloudformation/stacks.connector.js';
import { StacksManager } from './cloudformation/stacks.manager.js';
import { TrailsConnector } from './cloudtrail/trails.connector.js';
import { TrailsManager } from './cloudtrail/trails.manager.js';
import { CacheClustersConnector } from './elasticache/cache-clusters.connector.js';
import { CacheClustersManager } from './elasticache/cache-clusters.manager.js';
import { ReplicationGroupsConnector } from './elasticache/replication-groups.connector.js';
import { ReplicationGroupsManager } from './elasticache/replication-groups.manager.js';
import { ElasticIpsConnector } from './ec2/elastic-ips.connector.js';
import { ElasticIpsManager } from './ec2/elastic-ips.manager.js';
import { ImagesConnector } from './ec2/images.connector.js';
import { ImagesManager } from './ec2/images.manager.js';
import { InstancesConnector } from './ec2/instances.connector.js';
import { InstancesManager } from './ec2/instances.manager.js';
import { KeyPairsConnector } from './ec2/key-pairs.connector.js';
import { KeyPairsManager } from './ec2/key-pairs.manager.js';
import { SecurityGroupsConnector } from './ec2/security-groups.connector.js';
import { SecurityGroupsManager } from './ec2/security-groups.manager.js';
import { SnapshotsConnector } from './ec2/snapshots.connector.js';
import { SnapshotsManager } from './ec2/snapshots.manager.js';
import { SubnetsConnector } from './ec2/subnets.connector.js';
import { SubnetsManager } from './ec2/subnets.manager.js';
import { VolumesConnector } from './ec2/volumes.connector.js';
import { VolumesManager } from './ec2/volumes.manager.js';
import { VpcsConnector } from './ec2/vpcs.connector.js';
import { VpcsManager } from './ec2/vpcs.manager.js';
import { DbClustersConnector } from './rds/db-clusters.connector.js';
import { DbClustersManager } from './rds/db-clusters.manager.js';
import { DbInstancesConnector } from './rds/db-instances.connector.js';
import { DbInstancesManager } from './rds/db-instances.manager.js';
import { DbSnapshotsConnector } from './rds/db-snapshots.connector.js';
import { DbSnapshotsManager } from './rds/db-snapshots.manager.js';
import { DbSubnetGroupsConnector } from './rds/db-subnet-groups.connector.js';
import { DbSubnetGroupsManager } from './rds/db-subnet-groups.manager.js';
import { SubscriptionsConnector } from './sns/subscriptions.connector.js';
import { SubscriptionsManager } from './sns/subscriptions.manager.js';
import { TopicsConnector } from './sns/topics.connector.js';
import { TopicsManager } from './sns/topics.manager.js';
import { BucketsConnector } from './s3/buckets.connector.js';
import { BucketsManager } from './s3/buckets.manager.js';

/**
 * Every kind the AWS collector collects, one line each, under the task service that collects it. A Manager missing
 * here fails registry.test.ts; an edge to a kind missing here fails the registry itself.
 */
export const awsRegistryDefinition: RegistryDefinition = {
  provider: 'aws',
  version: '0.1.0',
  listEnabledRegions,
  regionTask: [kind(AccountConnector, AccountManager), kind(RegionsConnector, RegionsManager)],
  services: {
    ec2: [
      kind(InstancesConnector, InstancesManager),
      kind(VolumesConnector, VolumesManager),
      kind(SnapshotsConnector, SnapshotsManager),
      kind(ImagesConnector, ImagesManager),
      kind(SecurityGroupsConnector, SecurityGroupsManager),
      kind(ElasticIpsConnector, ElasticIpsManager),
      kind(VpcsConnector, VpcsManager),
      kind(SubnetsConnector, SubnetsManager),
      kind(KeyPairsConnector, KeyPairsManager),
    ],
    s3: [kind(BucketsConnector, BucketsManager)],
    cloudtrail: [kind(TrailsConnector, TrailsManager)],
    rds: [
      kind(DbInstancesConnector, DbInstancesManager),
      kind(DbClustersConnector, DbClustersManager),
      kind(DbSubnetGroupsConnector, DbSubnetGroupsManager),
      kind(DbSnapshotsConnector, DbSnapshotsManager),
    ],
    sns: [kind(TopicsConnector, TopicsManager), kind(SubscriptionsConnector, SubscriptionsManager)],
    cloudwatch: [kind(MetricAlarmsConnector, MetricAlarmsManager)],
    elasticache: [
      kind(CacheClustersConnector, CacheClustersManager),
      kind(ReplicationGroupsConnector, ReplicationGroupsManager),
    ],
    cloudformation: [kind(StacksConnector, StacksManager)],
  },
};

export const registry = createRegistry(awsRegistryDefinition);
