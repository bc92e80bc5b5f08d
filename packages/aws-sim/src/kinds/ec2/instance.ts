import { pick } from '../../world/hash.js';
import type { SimTag } from '../../world/records.js';
import type { ResourceScope } from '../../world/sim-state.js';
import type { SimWorld } from '../../world/sim-world.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';
import {
  attachedVolumeIndexes,
  deviceName,
  instanceAvailabilityZone,
  instanceHasAddress,
  instanceLaunchTime,
  privateAddress,
  publicAddress,
  SALT_INSTANCE,
} from './compute-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { securityGroupForVpc, securityGroupName, subnetVpcIndex } from './network-layout.js';

export interface SimInstance {
  InstanceId: string;
  ReservationId: string;
  ImageId: string;
  InstanceType: string;
  State: { Code: number; Name: 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated' };
  LaunchTime: Date;
  AvailabilityZone: string;
  SubnetId?: string;
  VpcId?: string;
  PrivateIpAddress: string;
  PublicIpAddress?: string;
  KeyName?: string;
  Architecture: 'x86_64' | 'arm64';
  Platform?: 'windows';
  SecurityGroups: { GroupId: string; GroupName: string }[];
  BlockDeviceMappings: { DeviceName: string; VolumeId: string; AttachTime: Date; DeleteOnTermination: boolean }[];
  Tags: SimTag[];
}

const RESERVATION = { name: 'reservation', prefix: 'r-' };
const INSTANCE_TYPES = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'm6g.large', 'c5.xlarge', 'r5.large'];
const ROLES = ['web', 'api', 'worker', 'db', 'cache', 'batch'];
/** An Amazon-owned image, used when an account has no images of its own. */
const PUBLIC_IMAGE_ID = 'ami-0c02fb55956c7d316';

/**
 * Terminating an instance as AWS does: its DeleteOnTermination volumes go, its other volumes become available and its
 * elastic IPs are disassociated.
 */
function terminate(instance: SimInstance, scope: ResourceScope, world: SimWorld): void {
  const volumes = world.collection('volume', scope.account, scope.region);
  for (const mapping of instance.BlockDeviceMappings) {
    const volume = volumes.get(mapping.VolumeId);
    if (!volume || !volume.Attachments.some((a) => a.InstanceId === instance.InstanceId)) continue;
    if (mapping.DeleteOnTermination) volumes.remove(mapping.VolumeId);
    else volumes.replace(mapping.VolumeId, { ...volume, State: 'available', Attachments: [] });
  }
  const addresses = world.collection('address', scope.account, scope.region);
  for (const address of [...addresses.all()]) {
    if (address.InstanceId !== instance.InstanceId) continue;
    const {
      InstanceId: _instance,
      AssociationId: _association,
      NetworkInterfaceId: _eni,
      PrivateIpAddress: _ip,
      ...rest
    } = address;
    addresses.replace(address.AllocationId, rest);
  }
}

export const instanceKind: KindSpec<'instance', SimInstance> = {
  kind: 'instance',
  idField: 'InstanceId',
  ids: { prefix: 'i-' },
  counts: { tiny: 3, small: 20, medium: 400, large: 5000 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_INSTANCE, index, 1);
    const running = hash % 100 < 85;
    const instanceType = pick(INSTANCE_TYPES, hash >>> 8);
    const role = pick(ROLES, hash >>> 12);
    const launchTime = instanceLaunchTime(ctx, index);
    const subnetIndex = ctx.counts.subnet > 0 ? index % ctx.counts.subnet : undefined;
    const vpcIndex = subnetIndex === undefined ? undefined : subnetVpcIndex(ctx, subnetIndex);
    const groupIndex = vpcIndex === undefined ? undefined : securityGroupForVpc(ctx, vpcIndex, index);
    const publicIp = instanceHasAddress(ctx, index)
      ? publicAddress(ctx, index)
      : running && hash % 3 === 0
        ? `54.${(hash >>> 4) & 255}.${(hash >>> 20) & 255}.${(index % 250) + 4}`
        : undefined;
    return {
      InstanceId: ctx.id('instance', index),
      ReservationId: ctx.id(RESERVATION, index),
      ImageId: ctx.counts.image > 0 ? ctx.id('image', index % ctx.counts.image) : PUBLIC_IMAGE_ID,
      InstanceType: instanceType,
      State: running ? { Code: 16, Name: 'running' } : { Code: 80, Name: 'stopped' },
      LaunchTime: launchTime,
      AvailabilityZone: instanceAvailabilityZone(ctx, index),
      ...(subnetIndex === undefined ? {} : { SubnetId: ctx.id('subnet', subnetIndex) }),
      ...(vpcIndex === undefined ? {} : { VpcId: ctx.id('vpc', vpcIndex) }),
      PrivateIpAddress: privateAddress(ctx, index),
      ...(publicIp === undefined ? {} : { PublicIpAddress: publicIp }),
      KeyName: `${role}-key`,
      Architecture: instanceType.startsWith('m6g') ? 'arm64' : 'x86_64',
      SecurityGroups:
        groupIndex === undefined
          ? []
          : [{ GroupId: ctx.id('securityGroup', groupIndex), GroupName: securityGroupName(ctx, groupIndex) }],
      BlockDeviceMappings: attachedVolumeIndexes(ctx, index).map((volumeIndex) => ({
        DeviceName: deviceName(ctx, volumeIndex),
        VolumeId: ctx.id('volume', volumeIndex),
        AttachTime: launchTime,
        DeleteOnTermination: volumeIndex < ctx.counts.instance,
      })),
      Tags: [
        { Key: 'Name', Value: `${role}-${index}` },
        environmentTag(ctx, SALT_INSTANCE, index),
        { Key: 'Team', Value: pick(['platform', 'payments', 'search', 'data'], hash >>> 16) },
      ],
    };
  },
  removed: terminate,
  describe: {
    operation: 'DescribeInstances',
    items: 'Reservations',
    itemOf: (r, scope) => ({ ReservationId: r.ReservationId, OwnerId: scope.account, Groups: [], Instances: [r] }),
    ids: { member: 'InstanceIds', notFoundCode: 'InvalidInstanceID.NotFound', notFoundNoun: 'instance ID' },
    idsExcludeMaxResults: true,
    pageLimits: PAGE_1000,
    filters: {
      'instance-id': (r) => [r.InstanceId],
      'instance-state-name': (r) => [r.State.Name],
      'instance-state-code': (r) => [r.State.Code],
      'instance-type': (r) => [r.InstanceType],
      'image-id': (r) => [r.ImageId],
      'vpc-id': (r) => [r.VpcId],
      'subnet-id': (r) => [r.SubnetId],
      'availability-zone': (r) => [r.AvailabilityZone],
      'private-ip-address': (r) => [r.PrivateIpAddress],
      'ip-address': (r) => [r.PublicIpAddress],
      'key-name': (r) => [r.KeyName],
      architecture: (r) => [r.Architecture],
      'instance.group-id': (r) => r.SecurityGroups.map((g) => g.GroupId),
      'block-device-mapping.volume-id': (r) => r.BlockDeviceMappings.map((m) => m.VolumeId),
      'reservation-id': (r) => [r.ReservationId],
    },
  },
};
