import type { Cluster } from '@aws-sdk/client-ecs';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import {
  SALT_ECS_CLUSTER,
  indexOfGenerated,
  clusterArn,
  clusterName,
  itemsInCluster,
  trailingNumber,
} from './ecs-layout.js';
import { ecsTags, type EcsTag } from './ecs-tags.js';
import { taskIsRunning } from './task-layout.js';

type ClusterFields =
  | 'clusterArn'
  | 'clusterName'
  | 'status'
  | 'registeredContainerInstancesCount'
  | 'runningTasksCount'
  | 'pendingTasksCount'
  | 'activeServicesCount'
  | 'statistics'
  | 'settings'
  | 'capacityProviders'
  | 'defaultCapacityProviderStrategy'
  | 'attachments';

/** DescribeClusters' Cluster with its tags (answered with `include: ['TAGS']`). */
export type SimEcsCluster = Omit<Filled<Cluster, ClusterFields>, 'tags'> & { tags: EcsTag[] };

function runningTasksIn(ctx: ScopeContext, cluster: number): number {
  const clusters = Math.max(1, ctx.counts.ecsCluster);
  let running = 0;
  for (let task = cluster; task < ctx.counts.ecsTask; task += clusters) if (taskIsRunning(ctx, task)) running++;
  return running;
}

/** Clusters with their counts of the container instances, tasks and services generated in them. */
export const ecsClusterKind: KindSpec<'ecsCluster', SimEcsCluster> = {
  kind: 'ecsCluster',
  idField: 'clusterArn',
  ids: {
    nameAt: clusterArn,
    indexOf: (ctx, arn) => indexOfGenerated(ctx, arn, trailingNumber, clusterArn),
  },
  counts: { tiny: 1, small: 2, medium: 4, large: 12 },
  generate(ctx, index) {
    const insights = ctx.hash(SALT_ECS_CLUSTER, index, 1) % 3 === 0;
    return {
      clusterArn: clusterArn(ctx, index),
      clusterName: clusterName(index),
      status: 'ACTIVE',
      registeredContainerInstancesCount: itemsInCluster(ctx, ctx.counts.ecsContainerInstance, index),
      runningTasksCount: runningTasksIn(ctx, index),
      pendingTasksCount: 0,
      activeServicesCount: itemsInCluster(ctx, ctx.counts.ecsService, index),
      statistics: [],
      settings: [{ name: 'containerInsights', value: insights ? 'enabled' : 'disabled' }],
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [],
      attachments: [],
      tags: ecsTags(ctx, SALT_ECS_CLUSTER, index),
    };
  },
};
