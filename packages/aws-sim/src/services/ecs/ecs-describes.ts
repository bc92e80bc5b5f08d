import type {
  DescribeClustersRequest,
  DescribeContainerInstancesRequest,
  DescribeServicesRequest,
  DescribeTaskDefinitionRequest,
  DescribeTasksRequest,
} from '@aws-sdk/client-ecs';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimEcsTaskDefinition } from '../../kinds/ecs/task-definition.js';
import { collectionFor } from '../list-kind.js';
import { answered, batchOf, ecsArn, includesTags } from './ecs-requests.js';
import { describeMembers, type Failure } from './ecs-lookup.js';

/** DescribeClusters: up to 100 clusters by name or ARN (none: `default`); unknown ones are MISSING failures. */
export function describeClusters(input: DescribeClustersRequest, call: CallContext) {
  const ids = batchOf(input.clusters, 'clusters', 100);
  const clusters = collectionFor('ecsCluster', call);
  const withTags = includesTags(input);
  const found: unknown[] = [];
  const failures: Failure[] = [];
  for (const id of ids.length === 0 ? ['default'] : ids) {
    const arn = ecsArn(call, 'cluster', id);
    const cluster = clusters.get(arn);
    if (cluster) found.push(answered(cluster, withTags));
    else failures.push({ arn, reason: 'MISSING' });
  }
  return { clusters: found, failures };
}

/** DescribeServices: up to 10 services of one cluster. */
export function describeServices(input: DescribeServicesRequest, call: CallContext) {
  const request = { cluster: input.cluster, ids: input.services, member: 'services', max: 10, include: input.include };
  const { found, failures } = describeMembers('ecsService', call, request, 'service', (s) => s.serviceArn);
  return { services: found, failures };
}

export function describeTasks(input: DescribeTasksRequest, call: CallContext) {
  const request = { cluster: input.cluster, ids: input.tasks, member: 'tasks', max: 100, include: input.include };
  const { found, failures } = describeMembers('ecsTask', call, request, 'task', (t) => t.taskArn);
  return { tasks: found, failures };
}

export function describeContainerInstances(input: DescribeContainerInstancesRequest, call: CallContext) {
  const request = {
    cluster: input.cluster,
    ids: input.containerInstances,
    member: 'containerInstances',
    max: 100,
    include: input.include,
  };
  const { found, failures } = describeMembers(
    'ecsContainerInstance',
    call,
    request,
    'container-instance',
    (instance) => instance.containerInstanceArn,
  );
  return { containerInstances: found, failures };
}

/** The latest ACTIVE revision of a family, as `family` alone names it. */
function latestActive(call: CallContext, family: string): SimEcsTaskDefinition | undefined {
  let latest: SimEcsTaskDefinition | undefined;
  for (const definition of collectionFor('ecsTaskDefinition', call).all()) {
    if (definition.family === family && definition.status === 'ACTIVE' && definition.revision > (latest?.revision ?? 0))
      latest = definition;
  }
  return latest;
}

/** DescribeTaskDefinition: one revision by ARN, `family:revision` or `family` (its latest ACTIVE revision). */
export function describeTaskDefinition(input: DescribeTaskDefinitionRequest, call: CallContext) {
  const name = input.taskDefinition;
  if (typeof name !== 'string' || name === '') {
    throw new AwsApiError('ClientException', 'TaskDefinition can not be blank.', 400);
  }
  const definition =
    name.startsWith('arn:') || name.includes(':')
      ? collectionFor('ecsTaskDefinition', call).get(ecsArn(call, 'task-definition', name))
      : latestActive(call, name);
  if (!definition) throw new AwsApiError('ClientException', 'Unable to describe task definition.', 400);
  const { tags, ...taskDefinition } = definition;
  return includesTags(input) ? { taskDefinition, tags } : { taskDefinition };
}
