import type { ResourceScope } from '../../world/sim-state.js';
import type { SimWorld } from '../../world/sim-world.js';

/**
 * What deleting the owner of ENIs does, as AWS does it: its ENIs go, and the elastic IPs on them (or on the instance)
 * are disassociated.
 */
export function releaseEnis(
  eniIds: readonly string[],
  scope: ResourceScope,
  world: SimWorld,
  instanceId?: string,
): void {
  const enis = world.collection('networkInterface', scope.account, scope.region);
  for (const id of eniIds) enis.remove(id);
  const addresses = world.collection('address', scope.account, scope.region);
  for (const address of [...addresses.all()]) {
    const onEni = address.NetworkInterfaceId !== undefined && eniIds.includes(address.NetworkInterfaceId);
    if (!onEni && (instanceId === undefined || address.InstanceId !== instanceId)) continue;
    const {
      InstanceId: _instance,
      AssociationId: _association,
      NetworkInterfaceId: _eni,
      NetworkInterfaceOwnerId: _owner,
      PrivateIpAddress: _ip,
      ...rest
    } = address;
    addresses.replace(address.AllocationId, rest);
  }
}
