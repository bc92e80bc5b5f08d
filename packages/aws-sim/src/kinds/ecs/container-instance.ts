import type { ContainerInstance } from '@aws-sdk/client-ecs';
import type { ScopeContext } from '../../world/scope-context.js';
import { instanceKind } from '../ec2/instance.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import {
  SALT_ECS_CONTAINER_INSTANCE,
  indexOfGenerated,
  clusterIndexOf,
  clusterName,
  ecsHexId,
  ecsHexIdIndex,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';

type ContainerInstanceFields =
  | 'containerInstanceArn'
  | 'ec2InstanceId'
  | 'version'
  | 'versionInfo'
  | 'remainingResources'
  | 'registeredResources'
  | 'status'
  | 'agentConnected'
  | 'runningTasksCount'
  | 'pendingTasksCount'
  | 'attributes'
  | 'registeredAt'
  | 'attachments';

/** DescribeContainerInstances' ContainerInstance with its tags (answered with `include: ['TAGS']`). */
export type SimEcsContainerInstance = Omit<Filled<ContainerInstance, ContainerInstanceFields>, 'tags'> & {
  tags: EcsTag[];
};

export function containerInstanceArn(ctx: ScopeContext, index: number): string {
  const cluster = clusterName(clusterIndexOf(ctx, index));
  return ctx.arn('ecs', `container-instance/${cluster}/${ecsHexId(ctx, SALT_ECS_CONTAINER_INSTANCE, index)}`);
}

function containerInstanceIndex(ctx: ScopeContext, arn: string): number | undefined {
  return ecsHexIdIndex(ctx, SALT_ECS_CONTAINER_INSTANCE, arn.slice(arn.lastIndexOf('/') + 1));
}

/** The EC2 instance a container instance is (the generated instance i mod instances). */
export function containerInstanceEc2Index(ctx: ScopeContext, index: number): number {
  return index % Math.max(1, ctx.counts.instance);
}

const resources = (cpu: number, memory: number) => [
  { name: 'CPU', type: 'INTEGER', doubleValue: 0, longValue: 0, integerValue: cpu },
  { name: 'MEMORY', type: 'INTEGER', doubleValue: 0, longValue: 0, integerValue: memory },
  { name: 'PORTS', type: 'STRINGSET', doubleValue: 0, longValue: 0, integerValue: 0, stringSetValue: ['22', '51678'] },
  { name: 'PORTS_UDP', type: 'STRINGSET', doubleValue: 0, longValue: 0, integerValue: 0, stringSetValue: [] },
];

/** Container instances are EC2 instances of the scope running the ECS agent; a stopped instance's agent is gone. */
export const ecsContainerInstanceKind: KindSpec<'ecsContainerInstance', SimEcsContainerInstance> = {
  kind: 'ecsContainerInstance',
  idField: 'containerInstanceArn',
  ids: {
    nameAt: containerInstanceArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, (id) => containerInstanceIndex(ctx, id), containerInstanceArn),
  },
  counts: { tiny: 1, small: 4, medium: 40, large: 400 },
  needs: ['ecsCluster', 'instance'],
  generate(ctx, index) {
    const instance = instanceKind.generate(ctx, containerInstanceEc2Index(ctx, index));
    const connected = instance.State.Name === 'running';
    const hash = ctx.hash(SALT_ECS_CONTAINER_INSTANCE, index, 1);
    const cpu = 2048 * (1 + (hash % 4));
    const memory = 3800 * (1 + (hash % 4));
    const running = connected ? hash % 5 : 0;
    return {
      containerInstanceArn: containerInstanceArn(ctx, index),
      ec2InstanceId: instance.InstanceId,
      version: 10 + (hash % 90),
      versionInfo: { agentVersion: '1.89.1', agentHash: 'a3d7c6b4', dockerVersion: 'DockerVersion: 25.0.6' },
      remainingResources: resources(cpu - running * 256, memory - running * 512),
      registeredResources: resources(cpu, memory),
      status: 'ACTIVE',
      agentConnected: connected,
      runningTasksCount: running,
      pendingTasksCount: 0,
      attributes: [
        { name: 'ecs.instance-type', value: instance.InstanceType },
        { name: 'ecs.availability-zone', value: instance.Placement.AvailabilityZone },
        { name: 'ecs.ami-id', value: instance.ImageId },
        { name: 'ecs.os-type', value: 'linux' },
        { name: 'ecs.capability.task-eni' },
      ],
      registeredAt: new Date(instance.LaunchTime.getTime() + 90_000),
      attachments: [],
      tags: ecsTags(ctx, SALT_ECS_CONTAINER_INSTANCE, index),
    };
  },
};
