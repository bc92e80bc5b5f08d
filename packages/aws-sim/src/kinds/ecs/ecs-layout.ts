import type { ScopeContext } from '../../world/scope-context.js';
import { pick } from '../../world/hash.js';

/**
 * How generated ECS resources refer to each other, from indexes alone: service, task and container instance i live in
 * cluster (i mod clusters); task definition i is revision (i mod 3) + 1 of family floor(i / 3), INACTIVE when
 * i mod 4 = 1; container instance i is EC2 instance (i mod instances); tasks: task-layout.ts.
 */
export const SALT_ECS_CLUSTER = 60;
export const SALT_ECS_SERVICE = 61;
export const SALT_ECS_TASK_DEFINITION = 62;
export const SALT_ECS_TASK = 63;
export const SALT_ECS_CONTAINER_INSTANCE = 64;

export const REVISIONS_PER_FAMILY = 3;
const CLUSTER_PURPOSES = ['prod', 'staging', 'batch', 'internal'] as const;
const APPS = ['web', 'api', 'worker', 'scheduler', 'gateway', 'indexer'] as const;

export function clusterName(index: number): string {
  return `${pick(CLUSTER_PURPOSES, index)}-cluster-${index}`;
}

export function clusterArn(ctx: ScopeContext, index: number): string {
  return ctx.arn('ecs', `cluster/${clusterName(index)}`);
}

/** The cluster of the i-th service, task or container instance. */
export function clusterIndexOf(ctx: ScopeContext, index: number): number {
  return index % Math.max(1, ctx.counts.ecsCluster);
}

/** How many of `count` items spread over the clusters land in cluster `cluster`. */
export function itemsInCluster(ctx: ScopeContext, count: number, cluster: number): number {
  const clusters = Math.max(1, ctx.counts.ecsCluster);
  return cluster < count ? Math.floor((count - 1 - cluster) / clusters) + 1 : 0;
}

export function serviceName(index: number): string {
  return `${pick(APPS, index)}-svc-${index}`;
}

export function taskDefinitionFamily(index: number): string {
  const family = Math.floor(index / REVISIONS_PER_FAMILY);
  return `${pick(APPS, family)}-app-${family}`;
}

export function taskDefinitionRevision(index: number): number {
  return (index % REVISIONS_PER_FAMILY) + 1;
}

/** The index of a family's revision, from the family's name and the revision number. */
export function taskDefinitionIndex(family: string, revision: number): number | undefined {
  const match = /-app-(\d+)$/.exec(family);
  if (!match || revision < 1 || revision > REVISIONS_PER_FAMILY) return undefined;
  return Number(match[1]) * REVISIONS_PER_FAMILY + revision - 1;
}

export function taskDefinitionArn(ctx: ScopeContext, index: number): string {
  return ctx.arn('ecs', `task-definition/${taskDefinitionFamily(index)}:${taskDefinitionRevision(index)}`);
}

export function taskDefinitionIsActive(index: number): boolean {
  return index % 4 !== 1;
}

/** Families of even number run in awsvpc mode (Fargate compatible), odd ones in bridge mode on EC2. */
export function taskDefinitionIsAwsvpc(index: number): boolean {
  return Math.floor(index / REVISIONS_PER_FAMILY) % 2 === 0;
}

/** An ACTIVE task definition for a service or task: in awsvpc mode when `awsvpc`, else any. */
export function activeTaskDefinition(ctx: ScopeContext, choice: number, awsvpc: boolean): number {
  const count = Math.max(1, ctx.counts.ecsTaskDefinition);
  if (awsvpc) {
    const awsvpcFamilies = Math.ceil(Math.ceil(count / REVISIONS_PER_FAMILY) / 2);
    return 2 * (choice % awsvpcFamilies) * REVISIONS_PER_FAMILY;
  }
  const index = choice % count;
  return taskDefinitionIsActive(index) ? index : index - 1;
}

/** Whether the cluster has container instances, so that EC2 launch types can place tasks there. */
export function clusterHasInstances(ctx: ScopeContext, cluster: number): boolean {
  return itemsInCluster(ctx, ctx.counts.ecsContainerInstance, cluster) > 0 && ctx.counts.instance > 0;
}

/** A 32-hex id (task and container instance ids) that carries its index, checked against a hash of the scope. */
export function ecsHexId(ctx: ScopeContext, salt: number, index: number): string {
  const check = [1, 2, 3].map((field) =>
    ctx
      .hash(salt, index, 900 + field)
      .toString(16)
      .padStart(8, '0'),
  );
  return `${check.join('').slice(0, 22)}${index.toString(16).padStart(10, '0')}`;
}

export function ecsHexIdIndex(ctx: ScopeContext, salt: number, id: string): number | undefined {
  if (!/^[0-9a-f]{32}$/.test(id)) return undefined;
  const index = parseInt(id.slice(22), 16);
  return ecsHexId(ctx, salt, index) === id ? index : undefined;
}

/** Whether the service (or standalone task) is placed on container instances rather than on Fargate. */
export function runsOnEc2(ctx: ScopeContext, salt: number, index: number): boolean {
  return clusterHasInstances(ctx, clusterIndexOf(ctx, index)) && ctx.hash(salt, index, 1) % 2 === 0;
}

/** A container instance of the cluster for task `taskIndex`, when the cluster has one. */
export function containerInstanceFor(ctx: ScopeContext, taskIndex: number): number | undefined {
  const clusters = Math.max(1, ctx.counts.ecsCluster);
  const cluster = taskIndex % clusters;
  const instances = itemsInCluster(ctx, ctx.counts.ecsContainerInstance, cluster);
  if (instances === 0) return undefined;
  return cluster + clusters * (Math.floor(taskIndex / clusters) % instances);
}

/**
 * An ARN kind's id is its ARN: its index is parsed from the ARN's tail and the ARN checked against the one the index
 * makes, so an ARN of another scope or kind stands for nothing.
 */
export function indexOfGenerated(
  ctx: ScopeContext,
  arn: string,
  parse: (arn: string) => number | undefined,
  arnAt: (ctx: ScopeContext, index: number) => string,
): number | undefined {
  const index = parse(arn);
  return index !== undefined && Number.isSafeInteger(index) && index >= 0 && arnAt(ctx, index) === arn
    ? index
    : undefined;
}

/** The decimal number ending a name (`web-svc-12`: 12). */
export function trailingNumber(text: string): number | undefined {
  const match = /-(\d+)$/.exec(text);
  return match ? Number(match[1]) : undefined;
}
