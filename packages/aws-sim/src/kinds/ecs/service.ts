import type { Service } from '@aws-sdk/client-ecs';
import type { ScopeContext } from '../../world/scope-context.js';
import { securityGroupForVpc } from '../ec2/network-layout.js';
import { targetGroupLoadBalancer, targetGroupTargetType } from '../elbv2/balancing-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import {
  SALT_ECS_SERVICE,
  activeTaskDefinition,
  indexOfGenerated,
  clusterArn,
  clusterIndexOf,
  clusterName,
  runsOnEc2,
  serviceName,
  taskDefinitionArn,
  taskDefinitionIsAwsvpc,
  trailingNumber,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';

type ServiceFields =
  | 'serviceArn'
  | 'serviceName'
  | 'clusterArn'
  | 'loadBalancers'
  | 'serviceRegistries'
  | 'status'
  | 'desiredCount'
  | 'runningCount'
  | 'pendingCount'
  | 'launchType'
  | 'taskDefinition'
  | 'deploymentConfiguration'
  | 'deployments'
  | 'events'
  | 'createdAt'
  | 'placementConstraints'
  | 'placementStrategy'
  | 'schedulingStrategy'
  | 'deploymentController'
  | 'createdBy'
  | 'enableECSManagedTags'
  | 'propagateTags'
  | 'enableExecuteCommand';

/** DescribeServices' Service with its tags (answered with `include: ['TAGS']`). */
export type SimEcsService = Omit<Filled<Service, ServiceFields>, 'tags'> & { tags: EcsTag[] };

export function serviceArn(ctx: ScopeContext, index: number): string {
  return ctx.arn('ecs', `service/${clusterName(clusterIndexOf(ctx, index))}/${serviceName(index)}`);
}

/** The subnets (two of one vpc) and security group an awsvpc service or task is placed in. */
export function awsvpcPlacement(ctx: ScopeContext, choice: number): AwsvpcPlacement {
  const vpcs = Math.max(1, ctx.counts.vpc);
  const vpc = choice % vpcs;
  const subnetIndexes = [vpc, vpc + vpcs].filter((subnet) => subnet < ctx.counts.subnet);
  const group = securityGroupForVpc(ctx, vpc, choice);
  return {
    subnetIndexes,
    subnets: subnetIndexes.map((subnet) => ctx.id('subnet', subnet)),
    securityGroups: group === undefined ? [] : [ctx.id('securityGroup', group)],
  };
}

export interface AwsvpcPlacement {
  subnetIndexes: number[];
  subnets: string[];
  securityGroups: string[];
}

/** Target groups of vpc v are v, v + vpcs, v + 2 vpcs...: a service looks this far for an `ip` one. */
const TARGET_GROUP_SEARCH = 5;

/**
 * The target group an awsvpc service (every other one) registers its tasks with: the first target group of its vpc
 * (that of awsvpcPlacement) of type `ip` forwarded to by a load balancer, as ECS requires of awsvpc tasks.
 */
function serviceTargetGroup(ctx: ScopeContext, index: number): number | undefined {
  if (index % 2 === 1) return undefined;
  const vpcs = Math.max(1, ctx.counts.vpc);
  for (let round = 0; round < TARGET_GROUP_SEARCH; round++) {
    const group = (index % vpcs) + vpcs * round;
    if (group >= ctx.counts.targetGroup) return undefined;
    if (targetGroupTargetType(group) === 'ip' && targetGroupLoadBalancer(ctx, group) !== undefined) return group;
  }
  return undefined;
}

/** The task definition a service runs: awsvpc ones on Fargate, any on EC2. */
export function serviceTaskDefinition(ctx: ScopeContext, index: number): number {
  return activeTaskDefinition(ctx, ctx.hash(SALT_ECS_SERVICE, index, 2), !runsOnEc2(ctx, SALT_ECS_SERVICE, index));
}

/** Replica services of a cluster, on Fargate or on its container instances; awsvpc ones in subnets of one vpc. */
export const ecsServiceKind: KindSpec<'ecsService', SimEcsService> = {
  kind: 'ecsService',
  idField: 'serviceArn',
  ids: {
    nameAt: serviceArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, trailingNumber, serviceArn),
  },
  counts: { tiny: 1, small: 4, medium: 40, large: 250 },
  needs: ['ecsCluster'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_ECS_SERVICE, index, 1);
    const onEc2 = runsOnEc2(ctx, SALT_ECS_SERVICE, index);
    const definition = serviceTaskDefinition(ctx, index);
    const taskDefinition = taskDefinitionArn(ctx, definition);
    const createdAt = ctx.date('2023-09-01T00:00:00Z', 400, hash);
    const desired = 1 + (hash % 4);
    const launchType = onEc2 ? 'EC2' : 'FARGATE';
    const service: SimEcsService = {
      serviceArn: serviceArn(ctx, index),
      serviceName: serviceName(index),
      clusterArn: clusterArn(ctx, clusterIndexOf(ctx, index)),
      loadBalancers: [],
      serviceRegistries: [],
      status: 'ACTIVE',
      desiredCount: desired,
      runningCount: desired,
      pendingCount: 0,
      launchType,
      taskDefinition,
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: true, rollback: true },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
      },
      deployments: [
        {
          id: `ecs-svc/${String(hash).padStart(19, '0')}`,
          status: 'PRIMARY',
          taskDefinition,
          desiredCount: desired,
          pendingCount: 0,
          runningCount: desired,
          failedTasks: 0,
          createdAt,
          updatedAt: createdAt,
          launchType,
          rolloutState: 'COMPLETED',
          rolloutStateReason: 'ECS deployment ecs-svc completed.',
        },
      ],
      events: [],
      createdAt,
      placementConstraints: [],
      placementStrategy: onEc2 ? [{ type: 'spread', field: 'attribute:ecs.availability-zone' }] : [],
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      createdBy: ctx.arn('iam', 'role/deploy', { region: '' }),
      enableECSManagedTags: true,
      propagateTags: 'SERVICE',
      enableExecuteCommand: false,
      tags: ecsTags(ctx, SALT_ECS_SERVICE, index),
    };
    if (!onEc2) {
      service.platformVersion = 'LATEST';
      service.platformFamily = 'Linux';
    }
    if (taskDefinitionIsAwsvpc(definition)) {
      const { subnets, securityGroups } = awsvpcPlacement(ctx, index);
      service.networkConfiguration = {
        awsvpcConfiguration: { subnets, securityGroups, assignPublicIp: 'DISABLED' },
      };
      const targetGroup = serviceTargetGroup(ctx, index);
      // the task definition's first container, `app`, serves port 8080
      if (targetGroup !== undefined)
        service.loadBalancers = [
          { targetGroupArn: ctx.id('targetGroup', targetGroup), containerName: 'app', containerPort: 8080 },
        ];
    }
    return service;
  },
};
