import type { Attachment, Task } from '@aws-sdk/client-ecs';
import type { ScopeContext } from '../../world/scope-context.js';
import { privateDnsName } from '../ec2/compute-layout.js';
import { subnetAvailabilityZone } from '../ec2/network-layout.js';
import type { IdPart, KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { containerInstanceArn } from './container-instance.js';
import { eniIdOf } from '../ec2/eni-sources.js';
import {
  SALT_ECS_SERVICE,
  SALT_ECS_TASK,
  clusterArn,
  clusterIndexOf,
  clusterName,
  containerInstanceFor,
  ecsHexId,
  ecsHexIdIndex,
  indexOfGenerated,
  serviceName,
  taskDefinitionArn,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';
import { taskProfile } from './task-layout.js';
import { taskConnectedAt, taskCreatedAt, taskNetwork } from './task-network.js';
import { ecsTaskDefinitionKind } from './task-definition.js';

type TaskFields =
  | 'attachments'
  | 'attributes'
  | 'availabilityZone'
  | 'clusterArn'
  | 'connectivity'
  | 'connectivityAt'
  | 'containers'
  | 'cpu'
  | 'createdAt'
  | 'desiredStatus'
  | 'enableExecuteCommand'
  | 'group'
  | 'healthStatus'
  | 'lastStatus'
  | 'launchType'
  | 'memory'
  | 'overrides'
  | 'pullStartedAt'
  | 'pullStoppedAt'
  | 'startedAt'
  | 'taskArn'
  | 'taskDefinitionArn'
  | 'version';

/** DescribeTasks' Task with its tags (answered with `include: ['TAGS']`). */
export type SimEcsTask = Omit<Filled<Task, TaskFields>, 'tags'> & { tags: EcsTag[] };

/** The ENI a stopped awsvpc task had: ECS deleted it when the task stopped (running tasks' ENIs: eni-sources.ts). */
const DELETED_TASK_ENI: IdPart = { name: 'deletedEcsTaskEni', prefix: 'eni-' };

export function taskArn(ctx: ScopeContext, index: number): string {
  const cluster = clusterName(clusterIndexOf(ctx, index));
  return ctx.arn('ecs', `task/${cluster}/${ecsHexId(ctx, SALT_ECS_TASK, index)}`);
}

function taskIndex(ctx: ScopeContext, arn: string): number | undefined {
  return ecsHexIdIndex(ctx, SALT_ECS_TASK, arn.slice(arn.lastIndexOf('/') + 1));
}

function eniAttachment(ctx: ScopeContext, index: number, subnet: number | undefined, stopped: boolean): Attachment {
  const network = taskNetwork(ctx, index, subnet);
  return {
    id: network.attachmentId,
    type: 'ElasticNetworkInterface',
    status: stopped ? 'DELETED' : 'ATTACHED',
    details: [
      ...(subnet === undefined ? [] : [{ name: 'subnetId', value: ctx.id('subnet', subnet) }]),
      {
        name: 'networkInterfaceId',
        value: stopped ? ctx.id(DELETED_TASK_ENI, index) : eniIdOf(ctx, 'ecsTask', index),
      },
      { name: 'macAddress', value: network.macAddress },
      { name: 'privateDnsName', value: privateDnsName(network.privateIp, ctx.region) },
      { name: 'privateIPv4Address', value: network.privateIp },
    ],
  };
}

/**
 * Tasks of the clusters (task-layout.ts): most run for a service of their cluster (its task definition and launch
 * type), some were started on their own; running awsvpc tasks own their ENI; some bridge-mode tasks have stopped
 * (ListTasks shows them only when asked for STOPPED tasks).
 */
export const ecsTaskKind: KindSpec<'ecsTask', SimEcsTask> = {
  kind: 'ecsTask',
  idField: 'taskArn',
  ids: {
    nameAt: taskArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, (id) => taskIndex(ctx, id), taskArn),
  },
  counts: { tiny: 2, small: 10, medium: 150, large: 1500 },
  needs: ['ecsCluster'],
  isCurrent: (task) => task.desiredStatus === 'RUNNING',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ECS_TASK, index, 1);
    const profile = taskProfile(ctx, index);
    const { cluster, service, onEc2, subnet } = profile;
    const definitionIndex = profile.definition;
    const definition = ecsTaskDefinitionKind.generate(ctx, definitionIndex);
    const stopped = !profile.running;
    const arn = taskArn(ctx, index);
    const createdAt = taskCreatedAt(ctx, index);
    const started = new Date(createdAt.getTime() + 40_000);
    const status = stopped ? 'STOPPED' : 'RUNNING';
    const task: SimEcsTask = {
      attachments: profile.awsvpc ? [eniAttachment(ctx, index, subnet, stopped)] : [],
      attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
      availabilityZone:
        subnet === undefined ? (ctx.availabilityZones[hash % 3] as string) : subnetAvailabilityZone(ctx, subnet),
      clusterArn: clusterArn(ctx, cluster),
      connectivity: 'CONNECTED',
      connectivityAt: taskConnectedAt(ctx, index),
      containers: definition.containerDefinitions.map((container) => ({
        containerArn: ctx.arn(
          'ecs',
          `container/${clusterName(cluster)}/${arn.slice(arn.lastIndexOf('/') + 1)}/${container.name ?? 'app'}`,
        ),
        taskArn: arn,
        name: container.name ?? 'app',
        image: container.image ?? '',
        lastStatus: status,
        networkBindings: [],
        networkInterfaces: [],
        healthStatus: 'UNKNOWN',
        cpu: String(container.cpu ?? 0),
        memory: String(container.memory ?? 0),
      })),
      cpu: definition.cpu,
      createdAt,
      desiredStatus: status,
      enableExecuteCommand: false,
      group: service === undefined ? `family:${definition.family}` : `service:${serviceName(service)}`,
      healthStatus: 'UNKNOWN',
      lastStatus: status,
      launchType: onEc2 ? 'EC2' : 'FARGATE',
      memory: definition.memory,
      overrides: { containerOverrides: definition.containerDefinitions.map((c) => ({ name: c.name ?? 'app' })) },
      pullStartedAt: new Date(createdAt.getTime() + 10_000),
      pullStoppedAt: new Date(createdAt.getTime() + 30_000),
      startedAt: started,
      taskArn: arn,
      taskDefinitionArn: taskDefinitionArn(ctx, definitionIndex),
      version: stopped ? 4 : 2,
      tags: ecsTags(ctx, SALT_ECS_TASK, index),
    };
    const instance = onEc2 ? containerInstanceFor(ctx, index) : undefined;
    if (instance !== undefined) task.containerInstanceArn = containerInstanceArn(ctx, instance);
    if (!onEc2) {
      task.platformVersion = '1.4.0';
      task.platformFamily = 'Linux';
    }
    if (service !== undefined)
      task.startedBy = `ecs-svc/${String(ctx.hash(SALT_ECS_SERVICE, service, 1)).padStart(19, '0')}`;
    if (stopped) {
      const stoppedAt = new Date(started.getTime() + 3_600_000 * (1 + (hash % 48)));
      task.stopCode = 'EssentialContainerExited';
      task.stoppedReason = 'Essential container in task exited';
      task.stoppingAt = stoppedAt;
      task.stoppedAt = stoppedAt;
      task.executionStoppedAt = stoppedAt;
    }
    return task;
  },
};
