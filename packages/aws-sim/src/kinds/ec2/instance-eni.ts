import type { SimKind } from '../index.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { OwnedEni } from './eni-sources.js';
import { instanceKind } from './instance.js';

/** Every instance in a subnet has its primary ENI; without subnets, instances have none. */
export function instancesWithEnis(counts: Readonly<Record<SimKind, number>>): number {
  return counts.subnet > 0 ? counts.instance : 0;
}

/** The primary ENI of instance `index`: exactly the one its record lists under NetworkInterfaces. */
export function instanceEni(ctx: ScopeContext, index: number): OwnedEni {
  const instance = instanceKind.generate(ctx, index);
  const [eni] = instance.NetworkInterfaces;
  if (!eni?.SubnetId || !eni.Attachment) throw new Error(`instance ${instance.InstanceId} has no network interface`);
  const { AttachmentId: _id, ...attachment } = eni.Attachment;
  return {
    SubnetId: eni.SubnetId,
    GroupIds: instance.SecurityGroups.map((group) => group.GroupId),
    Description: eni.Description ?? '',
    InterfaceType: eni.InterfaceType ?? 'interface',
    RequesterManaged: false,
    PrivateIpAddress: instance.PrivateIpAddress,
    Attachment: { ...attachment, InstanceId: instance.InstanceId, InstanceOwnerId: ctx.accountId },
    ...(eni.Association ? { Association: eni.Association } : {}),
    SourceDestCheck: eni.SourceDestCheck ?? true,
    ...(eni.MacAddress ? { MacAddress: eni.MacAddress } : {}),
  };
}
