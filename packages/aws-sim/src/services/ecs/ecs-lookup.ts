import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimKind, SimRecordByKind } from '../../kinds/index.js';
import type { SimEcsCluster } from '../../kinds/ecs/cluster.js';
import { collectionFor } from '../list-kind.js';
import { answered, batchOf, ecsArn, includesTags } from './ecs-requests.js';

/** The cluster a request names (by name or ARN; none: the `default` cluster), or ClusterNotFoundException. */
export function requireCluster(call: CallContext, cluster: string | undefined): SimEcsCluster {
  const arn = ecsArn(call, 'cluster', cluster === undefined || cluster === '' ? 'default' : cluster);
  const found = collectionFor('ecsCluster', call).get(arn);
  if (!found) throw new AwsApiError('ClusterNotFoundException', 'Cluster not found.', 400);
  return found;
}

/** The kinds ECS lists per cluster, each with the segment of its ARNs (`task/<cluster>/<id>`). */
type ClusterMemberKind = 'ecsService' | 'ecsTask' | 'ecsContainerInstance';

/** Whether a record belongs to the cluster: the cluster's name is the segment after the resource type in its ARN. */
export function inCluster(cluster: SimEcsCluster, arn: string): boolean {
  return arn.split(':')[5]?.split('/')[1] === cluster.clusterName;
}

/** A cluster member named by ARN, or by its id or name within the cluster (`task/<cluster>/<id>`). */
export function memberArn(call: CallContext, resource: string, cluster: SimEcsCluster, id: string): string {
  return ecsArn(call, resource, id.startsWith('arn:') ? id : `${cluster.clusterName}/${id}`);
}

export interface Failure {
  arn: string;
  reason: string;
}

/**
 * A Describe* of a cluster's members (DescribeServices, DescribeTasks, DescribeContainerInstances): up to `max` names
 * or ARNs, each found in the cluster or answered as a MISSING failure, tags only when asked for.
 */
export function describeMembers<K extends ClusterMemberKind>(
  kind: K,
  call: CallContext,
  request: { cluster: string | undefined; ids: unknown; member: string; max: number; include?: readonly string[] },
  resource: string,
  arnOf: (record: SimRecordByKind[K]) => string,
): { found: unknown[]; failures: Failure[] } {
  const ids = batchOf(request.ids, request.member, request.max);
  if (ids.length === 0) throw new AwsApiError('InvalidParameterException', `${request.member} can not be empty.`, 400);
  const cluster = requireCluster(call, request.cluster);
  const collection = collectionFor(kind as SimKind, call) as unknown as {
    get(id: string): SimRecordByKind[K] | undefined;
  };
  const withTags = includesTags(request);
  const found: unknown[] = [];
  const failures: Failure[] = [];
  for (const id of ids) {
    const arn = memberArn(call, resource, cluster, id);
    const record = collection.get(arn);
    if (record && inCluster(cluster, arnOf(record))) found.push(answered(record as never, withTags));
    else failures.push({ arn, reason: 'MISSING' });
  }
  return { found, failures };
}
