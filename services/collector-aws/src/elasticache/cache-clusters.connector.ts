import {
  ElastiCacheClient,
  ListTagsForResourceCommand,
  paginateDescribeCacheClusters,
  paginateDescribeCacheSubnetGroups,
  type CacheCluster,
  type CacheSubnetGroup,
  type Tag,
} from '@aws-sdk/client-elasticache';
import { ResourceConnector, awsCall, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { withTagListPerArn } from '../tag-list-per-arn.js';

/** A cluster with its tags and the cache subnet group it names (whose subnets it lies in). */
export interface CacheClusterDetails extends CacheCluster {
  CacheSubnetGroup?: CacheSubnetGroup;
  TagList?: Tag[];
}

// Every cluster as DescribeCacheClusters lists them (replication groups' members too), with its nodes.
export class CacheClustersConnector extends ResourceConnector<CacheClusterDetails> {
  private readonly clusters = paginated(ElastiCacheClient, paginateDescribeCacheClusters, 'CacheClusters', {
    pageSize: 100,
    input: { ShowCacheNodeInfo: true },
  });
  private readonly subnetGroups = paginated(ElastiCacheClient, paginateDescribeCacheSubnetGroups, 'CacheSubnetGroups', {
    pageSize: 100,
  });
  readonly calls = [...this.clusters.calls(), ...this.subnetGroups.calls(), awsCall(ListTagsForResourceCommand)];

  async *items(): AsyncIterable<CacheClusterDetails> {
    const elasticache = this.client(ElastiCacheClient);
    const subnetGroups = new Map<string | undefined, CacheSubnetGroup>();
    for await (const group of this.subnetGroups.items(this.context))
      subnetGroups.set(group.CacheSubnetGroupName, group);
    yield* withTagListPerArn(
      this.withSubnetGroups(subnetGroups),
      (cluster) => requiredField(cluster, 'ARN'),
      async (ResourceName) => (await elasticache.send(new ListTagsForResourceCommand({ ResourceName }))).TagList,
    );
  }

  private async *withSubnetGroups(
    groups: Map<string | undefined, CacheSubnetGroup>,
  ): AsyncIterable<CacheClusterDetails> {
    for await (const cluster of this.clusters.items(this.context)) {
      const group = cluster.CacheSubnetGroupName === undefined ? undefined : groups.get(cluster.CacheSubnetGroupName);
      yield group ? { ...cluster, CacheSubnetGroup: group } : cluster;
    }
  }
}
