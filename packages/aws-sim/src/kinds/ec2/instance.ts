import type {
  EbsInstanceBlockDevice,
  GroupIdentifier,
  Instance,
  InstanceNetworkInterface,
  InstanceState,
} from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { ResourceScope } from '../../world/sim-state.js';
import type { SimWorld } from '../../world/sim-world.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import {
  attachedVolumeIndexes,
  deviceName,
  instanceAvailabilityZone,
  instanceHasAddress,
  instanceLaunchTime,
  NETWORK_INTERFACE,
  privateAddress,
  privateDnsName,
  publicAddress,
  publicDnsName,
  SALT_INSTANCE,
} from './compute-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { DEFAULT_INSTANCE_OPTIONS, INSTANCE_TYPES, STOPPED_REASON } from './instance-options.js';
import { keyPairName } from './key-pair.js';
import { securityGroupForVpc, securityGroupName, subnetVpcIndex } from './network-layout.js';

type InstanceFields =
  | 'InstanceId'
  | 'ImageId'
  | 'InstanceType'
  | 'LaunchTime'
  | 'Placement'
  | 'PrivateIpAddress'
  | 'PrivateDnsName'
  | 'PublicDnsName'
  | 'Architecture'
  | 'NetworkInterfaces'
  | 'CpuOptions'
  | 'MetadataOptions'
  | 'Monitoring';

/** DescribeInstances' Instance, and the reservation it was launched in. */
export type SimInstance = Tagged<
  Omit<Filled<Instance, InstanceFields>, 'State' | 'SecurityGroups' | 'BlockDeviceMappings'>
> & {
  ReservationId: string;
  State: Filled<InstanceState, 'Code' | 'Name'>;
  SecurityGroups: Required<Pick<GroupIdentifier, 'GroupId' | 'GroupName'>>[];
  BlockDeviceMappings: {
    DeviceName: string;
    Ebs: Filled<EbsInstanceBlockDevice, 'VolumeId' | 'AttachTime' | 'DeleteOnTermination' | 'Status'>;
  }[];
};

const RESERVATION = { name: 'reservation', prefix: 'r-' };
const ENI_ATTACHMENT = { name: 'networkInterfaceAttachment', prefix: 'eni-attach-' };
const ROLES = ['web', 'api', 'worker', 'db', 'cache', 'batch'];
/** An Amazon-owned image, used when an account has no images of its own. */
const PUBLIC_IMAGE_ID = 'ami-0c02fb55956c7d316';

function macAddress(hash: number, index: number): string {
  const hex = (value: number) => (value & 255).toString(16).padStart(2, '0');
  return `0e:${hex(hash >>> 24)}:${hex(hash >>> 16)}:${hex(index >>> 16)}:${hex(index >>> 8)}:${hex(index)}`;
}

/** The primary network interface: the instance's private address, groups and (when it has one) public address. */
function primaryInterface(
  ctx: ScopeContext,
  index: number,
  instance: Pick<SimInstance, 'LaunchTime' | 'PrivateIpAddress' | 'PrivateDnsName' | 'SubnetId' | 'VpcId'>,
  groups: SimInstance['SecurityGroups'],
  publicIp: string | undefined,
  hash: number,
): InstanceNetworkInterface {
  const association =
    publicIp === undefined
      ? undefined
      : {
          IpOwnerId: instanceHasAddress(ctx, index) ? ctx.accountId : 'amazon',
          PublicDnsName: publicDnsName(publicIp, ctx.region),
          PublicIp: publicIp,
        };
  return {
    ...(association ? { Association: association } : {}),
    Attachment: {
      AttachTime: instance.LaunchTime,
      AttachmentId: ctx.id(ENI_ATTACHMENT, index),
      DeleteOnTermination: true,
      DeviceIndex: 0,
      Status: 'attached',
      NetworkCardIndex: 0,
    },
    Description: '',
    Groups: groups,
    Ipv6Addresses: [],
    MacAddress: macAddress(hash, index),
    NetworkInterfaceId: ctx.id(NETWORK_INTERFACE, index),
    OwnerId: ctx.accountId,
    PrivateDnsName: instance.PrivateDnsName,
    PrivateIpAddress: instance.PrivateIpAddress,
    PrivateIpAddresses: [
      {
        ...(association ? { Association: association } : {}),
        Primary: true,
        PrivateDnsName: instance.PrivateDnsName,
        PrivateIpAddress: instance.PrivateIpAddress,
      },
    ],
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: instance.SubnetId,
    VpcId: instance.VpcId,
    InterfaceType: 'interface',
  };
}

function generateInstance(ctx: ScopeContext, index: number): SimInstance {
  const hash = ctx.hash(SALT_INSTANCE, index, 1);
  const running = hash % 100 < 85;
  const { type: instanceType, cpu } = pick(INSTANCE_TYPES, hash >>> 8);
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
  const privateIp = privateAddress(ctx, index);
  const arm = instanceType.startsWith('m6g');
  const groups =
    groupIndex === undefined
      ? []
      : [{ GroupId: ctx.id('securityGroup', groupIndex), GroupName: securityGroupName(ctx, groupIndex) }];
  const addressing = {
    LaunchTime: launchTime,
    PrivateIpAddress: privateIp,
    PrivateDnsName: privateDnsName(privateIp, ctx.region),
    ...(subnetIndex === undefined ? {} : { SubnetId: ctx.id('subnet', subnetIndex) }),
    ...(vpcIndex === undefined ? {} : { VpcId: ctx.id('vpc', vpcIndex) }),
  };
  return {
    ...DEFAULT_INSTANCE_OPTIONS,
    ...addressing,
    InstanceId: ctx.id('instance', index),
    ReservationId: ctx.id(RESERVATION, index),
    ImageId: ctx.counts.image > 0 ? ctx.id('image', index % ctx.counts.image) : PUBLIC_IMAGE_ID,
    InstanceType: instanceType,
    State: running ? { Code: 16, Name: 'running' } : { Code: 80, Name: 'stopped' },
    StateTransitionReason: running ? '' : `User initiated (${launchTime.toISOString().slice(0, 19)} GMT)`,
    ...(running ? {} : { StateReason: STOPPED_REASON }),
    Placement: { AvailabilityZone: instanceAvailabilityZone(ctx, index), GroupName: '', Tenancy: 'default' },
    PublicDnsName: publicIp === undefined ? '' : publicDnsName(publicIp, ctx.region),
    ...(publicIp === undefined ? {} : { PublicIpAddress: publicIp }),
    ...(ctx.counts.keyPair > 0 ? { KeyName: keyPairName(index % ctx.counts.keyPair) } : {}),
    ClientToken: `${(hash >>> 0).toString(16).padStart(8, '0')}-${index.toString(16)}`,
    ProductCodes: [],
    Architecture: arm ? 'arm64' : 'x86_64',
    CpuOptions: cpu,
    CurrentInstanceBootMode: arm ? 'uefi' : 'legacy-bios',
    UsageOperationUpdateTime: launchTime,
    ...(hash % 3 === 0
      ? {
          IamInstanceProfile: {
            Arn: ctx.arn('iam', `instance-profile/${role}-instance-profile`, { region: '' }),
            Id: `AIPA${ctx.bytes(SALT_INSTANCE, index, 8).toString('hex').toUpperCase().slice(0, 17)}`,
          },
        }
      : {}),
    SecurityGroups: groups,
    NetworkInterfaces:
      subnetIndex === undefined ? [] : [primaryInterface(ctx, index, addressing, groups, publicIp, hash)],
    BlockDeviceMappings: attachedVolumeIndexes(ctx, index).map((volumeIndex) => ({
      DeviceName: deviceName(ctx, volumeIndex),
      Ebs: {
        AttachTime: launchTime,
        DeleteOnTermination: volumeIndex < ctx.counts.instance,
        Status: 'attached',
        VolumeId: ctx.id('volume', volumeIndex),
      },
    })),
    Tags: [
      { Key: 'Name', Value: `${role}-${index}` },
      environmentTag(ctx, SALT_INSTANCE, index),
      { Key: 'Team', Value: pick(['platform', 'payments', 'search', 'data'], hash >>> 16) },
    ],
  };
}

/**
 * Terminating an instance as AWS does: its DeleteOnTermination volumes go, its other volumes become available and its
 * elastic IPs are disassociated.
 */
function terminate(instance: SimInstance, scope: ResourceScope, world: SimWorld): void {
  const volumes = world.collection('volume', scope.account, scope.region);
  for (const { Ebs } of instance.BlockDeviceMappings) {
    const volume = volumes.get(Ebs.VolumeId);
    if (!volume || !volume.Attachments.some((a) => a.InstanceId === instance.InstanceId)) continue;
    if (Ebs.DeleteOnTermination) volumes.remove(Ebs.VolumeId);
    else volumes.replace(Ebs.VolumeId, { ...volume, State: 'available', Attachments: [] });
  }
  const addresses = world.collection('address', scope.account, scope.region);
  for (const address of [...addresses.all()]) {
    if (address.InstanceId !== instance.InstanceId) continue;
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

export const instanceKind: KindSpec<'instance', SimInstance> = {
  kind: 'instance',
  idField: 'InstanceId',
  ids: { prefix: 'i-' },
  counts: { tiny: 3, small: 20, medium: 400, large: 5000 },
  generate: generateInstance,
  ownFields: ['ReservationId'],
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
      'availability-zone': (r) => [r.Placement.AvailabilityZone],
      'private-ip-address': (r) => [r.PrivateIpAddress],
      'ip-address': (r) => [r.PublicIpAddress],
      'key-name': (r) => [r.KeyName],
      architecture: (r) => [r.Architecture],
      'instance.group-id': (r) => r.SecurityGroups.map((g) => g.GroupId),
      'block-device-mapping.volume-id': (r) => r.BlockDeviceMappings.map((m) => m.Ebs.VolumeId),
      'network-interface.network-interface-id': (r) => r.NetworkInterfaces.map((n) => n.NetworkInterfaceId),
      'iam-instance-profile.arn': (r) => [r.IamInstanceProfile?.Arn],
      'reservation-id': (r) => [r.ReservationId],
    },
  },
};
