import type { SimKind } from '../index.js';
import type { ScopeContext } from '../../world/scope-context.js';
import {
  REVISIONS_PER_FAMILY,
  SALT_ECS_SERVICE,
  SALT_ECS_TASK,
  activeTaskDefinition,
  clusterHasInstances,
  clusterIndexOf,
  itemsInCluster,
  runsOnEc2,
  taskDefinitionIsActive,
  taskDefinitionIsAwsvpc,
} from './ecs-layout.js';
import { awsvpcPlacement, serviceTaskDefinition, type AwsvpcPlacement } from './service.js';

type Counts = Readonly<Record<SimKind, number>>;

/**
 * Tasks 0..awsvpcTaskCount-1 run in awsvpc mode, each with its ENI in a subnet (what the ENI kind lists as theirs);
 * the others run in bridge mode on container instances, or have stopped (a stopped task's ENI is gone).
 */
export function awsvpcTaskCount(counts: Counts): number {
  const possible = counts.subnet > 0 && counts.ecsCluster > 0 && counts.ecsTaskDefinition > 0;
  return possible ? Math.ceil(counts.ecsTask / 2) : 0;
}

/** What a task is, from its index alone: where it runs, for which service, from which task definition. */
export interface TaskProfile {
  cluster: number;
  service?: number;
  awsvpc: boolean;
  running: boolean;
  onEc2: boolean;
  definition: number;
  placement?: AwsvpcPlacement;
  subnet?: number;
}

function bridgeDefinition(ctx: ScopeContext, choice: number): number | undefined {
  const count = ctx.counts.ecsTaskDefinition;
  const families = Math.ceil(count / REVISIONS_PER_FAMILY);
  const bridgeFamilies = Math.floor(families / 2);
  for (let step = 0; step < bridgeFamilies; step++) {
    const family = 2 * ((choice + step) % bridgeFamilies) + 1;
    for (let revision = 0; revision < REVISIONS_PER_FAMILY; revision++) {
      const index = family * REVISIONS_PER_FAMILY + revision;
      if (index < count && taskDefinitionIsActive(index)) return index;
    }
  }
  return undefined;
}

function serviceIsAwsvpc(ctx: ScopeContext, service: number): boolean {
  return taskDefinitionIsAwsvpc(serviceTaskDefinition(ctx, service));
}

/** A service of the task's cluster running in the task's network mode, or none (a task started on its own). */
function serviceFor(ctx: ScopeContext, index: number, awsvpc: boolean): number | undefined {
  if (index % 7 === 6) return undefined;
  const clusters = Math.max(1, ctx.counts.ecsCluster);
  const cluster = index % clusters;
  const inCluster = itemsInCluster(ctx, ctx.counts.ecsService, cluster);
  const start = Math.floor(index / clusters);
  for (let step = 0; step < inCluster; step++) {
    const service = cluster + clusters * ((start + step) % inCluster);
    if (serviceIsAwsvpc(ctx, service) === awsvpc) return service;
  }
  return undefined;
}

/** Whether task `index` is running; cheaper than its profile (a cluster counts its running tasks). */
export function taskIsRunning(ctx: ScopeContext, index: number): boolean {
  const awsvpcTasks = awsvpcTaskCount(ctx.counts);
  if (index < awsvpcTasks) return true;
  const bridge = clusterHasInstances(ctx, clusterIndexOf(ctx, index)) && bridgeDefinition(ctx, 0) !== undefined;
  return bridge && ctx.hash(SALT_ECS_TASK, index, 7) % 3 !== 2;
}

export function taskProfile(ctx: ScopeContext, index: number): TaskProfile {
  const hash = ctx.hash(SALT_ECS_TASK, index, 1);
  const cluster = clusterIndexOf(ctx, index);
  const awsvpcRunning = index < awsvpcTaskCount(ctx.counts);
  const bridge = awsvpcRunning || !clusterHasInstances(ctx, cluster) ? undefined : bridgeDefinition(ctx, hash >>> 3);
  const awsvpc = bridge === undefined;
  const running = taskIsRunning(ctx, index);
  const service = serviceFor(ctx, index, awsvpc);
  const definition =
    service !== undefined
      ? serviceTaskDefinition(ctx, service)
      : (bridge ?? activeTaskDefinition(ctx, hash >>> 3, true));
  const onEc2 = service !== undefined ? runsOnEc2(ctx, SALT_ECS_SERVICE, service) : !awsvpc;
  const profile: TaskProfile = { cluster, awsvpc, running, onEc2, definition };
  if (service !== undefined) profile.service = service;
  if (awsvpc) {
    const placement = awsvpcPlacement(ctx, service ?? index);
    profile.placement = placement;
    const subnet = placement.subnetIndexes[hash % Math.max(1, placement.subnetIndexes.length)];
    if (subnet !== undefined) profile.subnet = subnet;
  }
  return profile;
}
