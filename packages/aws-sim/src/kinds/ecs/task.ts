import type { Attachment, Task } from '@aws-sdk/client-ecs';
import type { ScopeContext } from '../../world/scope-context.js';
import { privateDnsName } from '../ec2/compute-layout.js';
import { subnetAvailabilityZone, subnetCidrPrefix } from '../ec2/network-layout.js';
import type { IdPart, KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { containerInstanceArn } from './container-instance.js';
import {
  SALT_ECS_SERVICE,
  SALT_ECS_TASK,
  activeTaskDefinition,
  indexOfGenerated,
  clusterArn,
  clusterIndexOf,
  clusterName,
  containerInstanceFor,
  ecsHexId,
  ecsHexIdIndex,
  isStoppedTask,
  runsOnEc2,
  serviceName,
  taskDefinitionArn,
  taskDefinitionIsAwsvpc,
  taskServiceIndex,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';
import { awsvpcPlacement, serviceTaskDefinition } from './service.js';
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

/** The network interface ECS creates for a task in awsvpc mode. */
export const ECS_TASK_NETWORK_INTERFACE: IdPart = { name: 'ecsTaskNetworkInterface', prefix: 'eni-' };

export function taskArn(ctx: ScopeContext, index: number): string {
  const cluster = clusterName(clusterIndexOf(ctx, index));
  return ctx.arn('ecs', `task/${cluster}/${ecsHexId(ctx, SALT_ECS_TASK, index)}`);
}

function taskIndex(ctx: ScopeContext, arn: string): number | undefined {
  return ecsHexIdIndex(ctx, SALT_ECS_TASK, arn.slice(arn.lastIndexOf('/') + 1));
}

function eniAttachment(ctx: ScopeContext, index: number, subnet: number | undefined, stopped: boolean): Attachment {
  const hash = ctx.hash(SALT_ECS_TASK, index, 5);
  const ip = `${subnet === undefined ? '10.0.0' : subnetCidrPrefix(ctx, subnet)}.${10 + (hash % 240)}`;
  const mac = `0a:${ctx.bytes(SALT_ECS_TASK, index, 5).toString('hex').match(/../g)?.join(':') ?? ''}`;
  return {
    id: ecsHexId(ctx, SALT_ECS_TASK + 100, index)
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
      .slice(0, 36),
    type: 'ElasticNetworkInterface',
    status: stopped ? 'DELETED' : 'ATTACHED',
    details: [
      ...(subnet === undefined ? [] : [{ name: 'subnetId', value: ctx.id('subnet', subnet) }]),
      { name: 'networkInterfaceId', value: ctx.id(ECS_TASK_NETWORK_INTERFACE, index) },
      { name: 'macAddress', value: mac },
      { name: 'privateDnsName', value: privateDnsName(ip, ctx.region) },
      { name: 'privateIPv4Address', value: ip },
    ],
  };
}

/**
 * Tasks of the clusters: most run for a service of their cluster (its task definition and launch type), some were
 * started on their own; every fifth one has stopped (ListTasks shows it only when asked for STOPPED tasks).
 */
export const ecsTaskKind: KindSpec<'ecsTask', SimEcsTask> = {
  kind: 'ecsTask',
  idField: 'taskArn',
  ids: {
    nameAt: taskArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, (id) => taskIndex(ctx, id), taskArn),
  },
  counts: { tiny: 2, small: 10, medium: 150, large: 1500 },
  isCurrent: (task) => task.desiredStatus === 'RUNNING',
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ECS_TASK, index, 1);
    const cluster = clusterIndexOf(ctx, index);
    const service = taskServiceIndex(ctx, index);
    const onEc2 =
      service === undefined ? runsOnEc2(ctx, SALT_ECS_TASK, index) : runsOnEc2(ctx, SALT_ECS_SERVICE, service);
    const definitionIndex =
      service === undefined ? activeTaskDefinition(ctx, hash >>> 3, !onEc2) : serviceTaskDefinition(ctx, service);
    const definition = ecsTaskDefinitionKind.generate(ctx, definitionIndex);
    const awsvpc = taskDefinitionIsAwsvpc(definitionIndex);
    const placement = awsvpc ? awsvpcPlacement(ctx, service ?? index) : undefined;
    const subnet = placement?.subnetIndexes[hash % Math.max(1, placement.subnetIndexes.length)];
    const stopped = isStoppedTask(index);
    const arn = taskArn(ctx, index);
    const createdAt = ctx.date('2024-05-01T00:00:00Z', 120, hash);
    const started = new Date(createdAt.getTime() + 40_000);
    const status = stopped ? 'STOPPED' : 'RUNNING';
    const task: SimEcsTask = {
      attachments: awsvpc ? [eniAttachment(ctx, index, subnet, stopped)] : [],
      attributes: [{ name: 'ecs.cpu-architecture', value: 'x86_64' }],
      availabilityZone:
        subnet === undefined ? (ctx.availabilityZones[hash % 3] as string) : subnetAvailabilityZone(ctx, subnet),
      clusterArn: clusterArn(ctx, cluster),
      connectivity: 'CONNECTED',
      connectivityAt: new Date(createdAt.getTime() + 5_000),
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
