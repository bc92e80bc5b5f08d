import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DescribeCacheClustersCommand,
  DescribeCacheSubnetGroupsCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-elasticache';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let elasticache: ElastiCacheClient;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 12, size: 'small', counts: { cacheCluster: 12, replicationGroup: 2 } });
  elasticache = new ElastiCacheClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
});

afterAll(async () => {
  elasticache.destroy();
  await sim.stop();
});

describe('ElastiCache through the real SDK', () => {
  it('lists clusters with their nodes only when asked, and the members of replication groups as AWS names them', async () => {
    const bare = await elasticache.send(new DescribeCacheClustersCommand({}));
    expect(bare.CacheClusters).toHaveLength(12);
    expect(bare.CacheClusters?.every((cluster) => cluster.CacheNodes === undefined)).toBe(true);
    const withNodes = await elasticache.send(new DescribeCacheClustersCommand({ ShowCacheNodeInfo: true }));
    expect(withNodes.CacheClusters?.every((cluster) => (cluster.CacheNodes?.length ?? 0) > 0)).toBe(true);
    const { ReplicationGroups = [] } = await elasticache.send(new DescribeReplicationGroupsCommand({}));
    const group = ReplicationGroups[0];
    expect(group?.MemberClusters).toEqual([`${group?.ReplicationGroupId}-001`, `${group?.ReplicationGroupId}-002`]);
    const members = withNodes.CacheClusters?.filter((c) => c.ReplicationGroupId === group?.ReplicationGroupId);
    expect(members?.map((c) => c.CacheClusterId)).toEqual(group?.MemberClusters);
    const alone = await elasticache.send(
      new DescribeCacheClustersCommand({ ShowCacheClustersNotInReplicationGroups: true }),
    );
    expect(alone.CacheClusters).toHaveLength(8);
  });

  it("gives each cluster's subnet group and tags, and the not-found faults of unknown names", async () => {
    const cluster = sim.state.list('cacheCluster', scope())[2];
    const { CacheSubnetGroups = [] } = await elasticache.send(
      new DescribeCacheSubnetGroupsCommand({ CacheSubnetGroupName: cluster?.CacheSubnetGroupName }),
    );
    expect(CacheSubnetGroups.map((g) => g.CacheSubnetGroupName)).toEqual([cluster?.CacheSubnetGroupName]);
    const { TagList } = await elasticache.send(new ListTagsForResourceCommand({ ResourceName: cluster?.ARN }));
    expect(TagList).toEqual(cluster?.Tags);
    expect(await failureOf(elasticache.send(new DescribeCacheClustersCommand({ CacheClusterId: 'nope' })))).toEqual({
      name: 'CacheClusterNotFoundFault',
      status: 404,
    });
    const noGroup = new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'nope' });
    expect(await failureOf(elasticache.send(noGroup))).toMatchObject({ name: 'ReplicationGroupNotFoundFault' });
  });
});
