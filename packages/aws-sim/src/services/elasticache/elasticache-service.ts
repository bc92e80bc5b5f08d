import {
  DescribeCacheClusters$,
  DescribeCacheSubnetGroups$,
  DescribeReplicationGroups$,
  ListTagsForResource$,
  type DescribeCacheSubnetGroupsMessage,
  type ListTagsForResourceMessage,
  type TagListMessage,
} from '@aws-sdk/client-elasticache';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimCacheCluster } from '../../kinds/elasticache/cache-cluster.js';
import { cacheSubnetGroups } from '../../kinds/elasticache/cache-subnet-groups.js';
import { pageOf } from '../../protocols/paging.js';
import { awsQuery } from '../../protocols/aws-query.js';
import { collectionFor } from '../list-kind.js';
import { describeByMarker, markerPaging, nameOf, notFound, type NotFoundAnswer } from '../marker-describe.js';
import { declareService, operation } from '../service-declaration.js';

const CLUSTER_NOT_FOUND: NotFoundAnswer = {
  code: 'CacheClusterNotFound',
  message: (name) => `CacheCluster not found: ${name}`,
};
const REPLICATION_GROUP_NOT_FOUND: NotFoundAnswer = {
  code: 'ReplicationGroupNotFoundFault',
  message: (name) => `ReplicationGroup ${name} not found`,
};
const SUBNET_GROUP_NOT_FOUND: NotFoundAnswer = {
  code: 'CacheSubnetGroupNotFoundFault',
  message: (name) => `CacheSubnetGroup ${name} not found.`,
  status: 400,
};

/** Nodes show only when ShowCacheNodeInfo asks for them. */
function clusterAsAsked(cluster: SimCacheCluster, input: Record<string, unknown>): unknown {
  if (input.ShowCacheNodeInfo === true) return cluster;
  const { CacheNodes: _nodes, ...rest } = cluster;
  return rest;
}

/** ShowCacheClustersNotInReplicationGroups leaves the replication groups' members out. */
function clustersAsked(input: Record<string, unknown>): ((cluster: SimCacheCluster) => boolean) | undefined {
  return input.ShowCacheClustersNotInReplicationGroups === true
    ? (cluster) => cluster.ReplicationGroupId === undefined
    : undefined;
}

function describeCacheSubnetGroups(input: DescribeCacheSubnetGroupsMessage, call: CallContext) {
  const groups = cacheSubnetGroups(call.world.context(call.identity.accountId, call.region));
  const name = nameOf(input.CacheSubnetGroupName);
  if (name !== undefined && !groups.some((group) => group.CacheSubnetGroupName === name)) {
    throw notFound(SUBNET_GROUP_NOT_FOUND, name);
  }
  const asked =
    name === undefined ? undefined : (group: { CacheSubnetGroupName?: string }) => group.CacheSubnetGroupName === name;
  return pageOf(groups, { ...input }, markerPaging('CacheSubnetGroups'), call, asked);
}

const ELASTICACHE_ARN = /^arn:aws(?:-[a-z]+)*:elasticache:([a-z0-9-]+):(\d{12}):(cluster|replicationgroup):(.+)$/;

/** ListTagsForResource of a cluster or replication group ARN of this region and account. */
function listTagsForResource(input: ListTagsForResourceMessage, call: CallContext): TagListMessage {
  const match = ELASTICACHE_ARN.exec(String(input.ResourceName ?? ''));
  if (!match || match[1] !== call.region || match[2] !== call.identity.accountId) {
    throw new AwsApiError('InvalidARN', `${String(input.ResourceName)} is not a valid ARN`, 400);
  }
  const name = match[4] as string;
  const record =
    match[3] === 'cluster'
      ? collectionFor('cacheCluster', call).get(name)
      : collectionFor('replicationGroup', call).get(name);
  if (!record) throw notFound(match[3] === 'cluster' ? CLUSTER_NOT_FOUND : REPLICATION_GROUP_NOT_FOUND, name);
  return { TagList: record.Tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })) };
}

/** ElastiCache over awsQuery: Describe* pages of MaxRecords 20 to 100 under Marker, tags per ARN. */
export const elastiCacheService = declareService({
  name: 'elasticache',
  protocol: awsQuery,
  xmlNamespace: 'http://elasticache.amazonaws.com/doc/2015-02-02/',
  errors: { malformedInput: ['InvalidParameterValue', 400], invalidPaginationToken: ['InvalidParameterValue', 400] },
  operations: [
    operation(
      DescribeCacheClusters$,
      describeByMarker('cacheCluster', 'CacheClusters', 'CacheClusterId', CLUSTER_NOT_FOUND, {
        where: clustersAsked,
        itemOf: clusterAsAsked,
      }),
    ),
    operation(
      DescribeReplicationGroups$,
      describeByMarker('replicationGroup', 'ReplicationGroups', 'ReplicationGroupId', REPLICATION_GROUP_NOT_FOUND),
    ),
    operation(DescribeCacheSubnetGroups$, describeCacheSubnetGroups),
    operation(ListTagsForResource$, listTagsForResource),
  ],
});
