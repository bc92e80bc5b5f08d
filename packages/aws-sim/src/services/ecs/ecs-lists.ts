import type {
  ListContainerInstancesRequest,
  ListServicesRequest,
  ListTaskDefinitionsRequest,
  ListTasksRequest,
} from '@aws-sdk/client-ecs';
import type { SimEcsCluster } from '../../kinds/ecs/cluster.js';
import type { SimEcsTask } from '../../kinds/ecs/task.js';
import type { PagingDeclaration } from '../../protocols/paging.js';
import { listKind } from '../list-kind.js';
import type { CallContext } from '../../http/http-types.js';
import { checkPageSize } from './ecs-requests.js';
import { clusterMembers } from './cluster-members-source.js';
import { inCluster, memberArn, requireCluster } from './ecs-lookup.js';

/** ECS pages lists of ARNs with nextToken / maxResults (1..100). */
function ecsPaging(items: string, defaultPageSize = 100): PagingDeclaration {
  return { items, inputToken: 'nextToken', outputToken: 'nextToken', limit: 'maxResults', defaultPageSize };
}

const MAX_PAGE = 100;

export const listClusters = listKind('ecsCluster', {
  paging: ecsPaging('clusterArns'),
  validate: (input: { maxResults?: number }) => checkPageSize(input, MAX_PAGE),
  itemOf: (cluster) => cluster.clusterArn,
});

/** Lists of a cluster's members: the cluster must exist (ClusterNotFoundException). */
function validateMemberList(input: { cluster?: string; maxResults?: number }, call: CallContext): void {
  checkPageSize(input, MAX_PAGE);
  requireCluster(call, input.cluster);
}

// ListServices answers 10 ARNs a page unless asked for more (up to 100).
export const listServices = listKind('ecsService', {
  source: (input: ListServicesRequest, call, collection) =>
    clusterMembers('ecsService', call, requireCluster(call, input.cluster), collection),
  paging: ecsPaging('serviceArns', 10),
  validate: validateMemberList,
  where(input: ListServicesRequest, call) {
    const cluster = requireCluster(call, input.cluster);
    return (service) =>
      inCluster(cluster, service.serviceArn) &&
      (input.launchType === undefined || service.launchType === input.launchType) &&
      (input.schedulingStrategy === undefined || service.schedulingStrategy === input.schedulingStrategy);
  },
  itemOf: (service) => service.serviceArn,
});

function taskMatches(input: ListTasksRequest, cluster: SimEcsCluster, call: CallContext) {
  const desired = input.desiredStatus ?? 'RUNNING';
  const instance =
    input.containerInstance === undefined
      ? undefined
      : memberArn(call, 'container-instance', cluster, input.containerInstance);
  return (task: SimEcsTask) =>
    inCluster(cluster, task.taskArn) &&
    task.desiredStatus === desired &&
    (input.family === undefined || task.taskDefinitionArn.includes(`:task-definition/${input.family}:`)) &&
    (input.serviceName === undefined || task.group === `service:${input.serviceName}`) &&
    (input.launchType === undefined || task.launchType === input.launchType) &&
    (input.startedBy === undefined || task.startedBy === input.startedBy) &&
    (instance === undefined || task.containerInstanceArn === instance);
}

// ListTasks shows RUNNING tasks unless asked for another desired status (STOPPED ones stay listed for a while).
export const listTasks = listKind('ecsTask', {
  source: (input: ListTasksRequest, call, collection) =>
    clusterMembers('ecsTask', call, requireCluster(call, input.cluster), collection),
  paging: ecsPaging('taskArns'),
  validate: validateMemberList,
  where: (input: ListTasksRequest, call) => taskMatches(input, requireCluster(call, input.cluster), call),
  itemOf: (task) => task.taskArn,
});

export const listContainerInstances = listKind('ecsContainerInstance', {
  source: (input: ListContainerInstancesRequest, call, collection) =>
    clusterMembers('ecsContainerInstance', call, requireCluster(call, input.cluster), collection),
  paging: ecsPaging('containerInstanceArns'),
  validate: validateMemberList,
  where(input: ListContainerInstancesRequest, call) {
    const cluster = requireCluster(call, input.cluster);
    return (instance) =>
      inCluster(cluster, instance.containerInstanceArn) &&
      (input.status === undefined || instance.status === input.status);
  },
  itemOf: (instance) => instance.containerInstanceArn,
});

// ListTaskDefinitions shows ACTIVE revisions unless asked for INACTIVE (or DELETE_IN_PROGRESS) ones.
export const listTaskDefinitions = listKind('ecsTaskDefinition', {
  paging: ecsPaging('taskDefinitionArns'),
  validate: (input: ListTaskDefinitionsRequest) => checkPageSize(input, MAX_PAGE),
  where(input: ListTaskDefinitionsRequest) {
    const status = input.status ?? 'ACTIVE';
    const prefix = input.familyPrefix;
    return (definition) =>
      definition.status === status && (prefix === undefined || definition.family.startsWith(prefix));
  },
  itemOf: (definition) => definition.taskDefinitionArn,
});
