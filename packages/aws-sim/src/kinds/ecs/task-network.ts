import type { ScopeContext } from '../../world/scope-context.js';
import { subnetCidrPrefix } from '../ec2/network-layout.js';
import { SALT_ECS_TASK, ecsHexId } from './ecs-layout.js';

/** When task `index` was created; it connects 5 seconds later (the ENI's attach time for awsvpc tasks). */
export function taskCreatedAt(ctx: ScopeContext, index: number): Date {
  return ctx.date('2024-05-01T00:00:00Z', 120, ctx.hash(SALT_ECS_TASK, index, 1));
}

export function taskConnectedAt(ctx: ScopeContext, index: number): Date {
  return new Date(taskCreatedAt(ctx, index).getTime() + 5_000);
}

/** The network of an awsvpc task's ENI, as its attachment shows it and the ENI kind lists it. */
export interface TaskNetwork {
  attachmentId: string;
  privateIp: string;
  macAddress: string;
}

export function taskNetwork(ctx: ScopeContext, index: number, subnet: number | undefined): TaskNetwork {
  const hash = ctx.hash(SALT_ECS_TASK, index, 5);
  const hex = ecsHexId(ctx, SALT_ECS_TASK + 100, index);
  return {
    attachmentId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    privateIp: `${subnet === undefined ? '10.0.0' : subnetCidrPrefix(ctx, subnet)}.${10 + (hash % 240)}`,
    macAddress: `0a:${(ctx.bytes(SALT_ECS_TASK, index, 5).toString('hex').match(/../g) ?? []).join(':')}`,
  };
}
