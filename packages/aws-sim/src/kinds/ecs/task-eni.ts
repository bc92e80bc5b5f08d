import type { ScopeContext } from '../../world/scope-context.js';
import type { OwnedEni } from '../ec2/eni-sources.js';
import { containerInstanceEc2Index } from './container-instance.js';
import { containerInstanceFor } from './ecs-layout.js';
import { taskProfile } from './task-layout.js';
import { taskConnectedAt, taskNetwork } from './task-network.js';

/**
 * The ENI of running awsvpc task `index` (tasks 0..awsvpcTaskCount-1): what its attachment names, attached to the
 * EC2 instance it runs on, or, on Fargate, to AWS's own host.
 */
export function ecsTaskEni(ctx: ScopeContext, index: number): OwnedEni {
  const { placement, onEc2, subnet } = taskProfile(ctx, index);
  if (subnet === undefined) throw new Error(`ECS task ${index} has no subnet, so no network interface`);
  const network = taskNetwork(ctx, index, subnet);
  const instance = onEc2 ? containerInstanceFor(ctx, index) : undefined;
  return {
    SubnetId: ctx.id('subnet', subnet),
    GroupIds: placement?.securityGroups ?? [],
    Description: ctx.arn('ecs', `attachment/${network.attachmentId}`),
    InterfaceType: 'interface',
    RequesterManaged: true,
    PrivateIpAddress: network.privateIp,
    MacAddress: network.macAddress,
    Attachment: {
      AttachTime: taskConnectedAt(ctx, index),
      DeleteOnTermination: false,
      DeviceIndex: 1,
      NetworkCardIndex: 0,
      Status: 'attached',
      ...(instance === undefined
        ? { InstanceOwnerId: 'amazon-aws' }
        : { InstanceId: ctx.id('instance', containerInstanceEc2Index(ctx, instance)), InstanceOwnerId: ctx.accountId }),
    },
    SourceDestCheck: true,
  };
}
