import type {
  DescribeClusterRequest,
  DescribeClusterResponse,
  DescribeNodegroupRequest,
  DescribeNodegroupResponse,
  ListClustersRequest,
  ListNodegroupsRequest,
} from '@aws-sdk/client-eks';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimEksCluster } from '../../kinds/eks/cluster.js';
import type { SimEksNodegroup } from '../../kinds/eks/nodegroup.js';
import { tagMapOf } from '../../kinds/tags.js';
import type { PagingDeclaration } from '../../protocols/paging.js';
import { collectionFor, listKind } from '../list-kind.js';

/** EKS's List* calls: nextToken, maxResults 1..100 (others refused), 100 a page. */
function eksPaging(items: string): PagingDeclaration {
  return {
    items,
    inputToken: 'nextToken',
    outputToken: 'nextToken',
    limit: 'maxResults',
    defaultPageSize: 100,
    limits: { min: 1, max: 100, aboveMax: 'reject' },
  };
}

function requireCluster(call: CallContext, name: unknown): SimEksCluster {
  const cluster = typeof name === 'string' ? collectionFor('eksCluster', call).get(name) : undefined;
  if (!cluster) throw new AwsApiError('ResourceNotFoundException', `No cluster found for name: ${String(name)}.`, 404);
  return cluster;
}

function withTagMap<R extends { Tags: { Key: string; Value: string }[] }>({ Tags, ...record }: R) {
  return { ...record, tags: tagMapOf(Tags) };
}

export const listClusters = listKind<'eksCluster', ListClustersRequest>('eksCluster', {
  paging: eksPaging('clusters'),
  itemOf: (cluster) => cluster.name,
});

export function describeCluster(input: DescribeClusterRequest, call: CallContext): DescribeClusterResponse {
  return { cluster: withTagMap(requireCluster(call, input.name)) };
}

export const listNodegroups = listKind<'eksNodegroup', ListNodegroupsRequest>('eksNodegroup', {
  paging: eksPaging('nodegroups'),
  validate: (input, call) => void requireCluster(call, input.clusterName),
  where: (input) => (nodegroup) => nodegroup.clusterName === input.clusterName,
  itemOf: (nodegroup) => nodegroup.nodegroupName,
});

export function describeNodegroup(input: DescribeNodegroupRequest, call: CallContext): DescribeNodegroupResponse {
  const cluster = requireCluster(call, input.clusterName);
  const name = input.nodegroupName;
  const nodegroup: SimEksNodegroup | undefined =
    typeof name === 'string' ? collectionFor('eksNodegroup', call).get(name) : undefined;
  if (!nodegroup || nodegroup.clusterName !== cluster.name) {
    throw new AwsApiError('ResourceNotFoundException', `No node group found for name: ${String(name)}.`, 404);
  }
  return { nodegroup: withTagMap(nodegroup) };
}
