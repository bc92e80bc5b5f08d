import type {
  EbsInstanceBlockDevice,
  GroupIdentifier,
  Instance,
  InstanceNetworkInterface,
  InstancePrivateIpAddress,
  InstanceState,
} from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { ResourceScope } from '../../world/sim-state.js';
import type { SimWorld } from '../../world/sim-world.js';
import { autoScalingGroupTag } from '../autoscaling/autoscaling-names.js';
import { groupOfInstance } from '../autoscaling/fleet-layout.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import {
  attachedVolumeIndexes,
  deviceName,
  instanceAvailabilityZone,
  instanceHasAddress,
  instanceLaunchTime,
  instanceRunning,
  NETWORK_INTERFACE,
  privateAddress,
  privateDnsName,
  publicAddress,
  publicDnsName,
  SALT_INSTANCE,
} from './compute-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { releaseEnis } from './release-enis.js';
import { DEFAULT_INSTANCE_OPTIONS, INSTANCE_TYPES, STOPPED_REASON } from './instance-options.js';
import { keyPairName } from './key-pair.js';
import { instanceLaunchTemplate, launchTemplateVersionNumbers } from './launch-template-layout.js';
import { INSTANCE_PROFILE_ROLES, instanceProfileReference } from '../iam/instance-profile.js';
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
const ROLES = INSTANCE_PROFILE_ROLES;
/** An Amazon-owned image, used when an account has no images of its own. */
export const PUBLIC_IMAGE_ID = 'ami-0c02fb55956c7d316';

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function macAddress(hash: number, index: number): string {
  const [a, b, c, d, e] = [hash >>> 24, (hash >>> 16) & 255, (index >>> 16) & 255, (index >>> 8) & 255, index & 255];
  return `0e:${HEX_BYTES[a]}:${HEX_BYTES[b]}:${HEX_BYTES[c]}:${HEX_BYTES[d]}:${HEX_BYTES[e]}`;
}

/**
 * The primary network interface: the instance's private address, groups and (when it has one) public address. Built
 * without object spreads, like the instance: generation is the hot path of the benchmarks.
 */
function primaryInterface(
  ctx: ScopeContext,
  index: number,
  instance: SimInstance,
  hash: number,
): InstanceNetworkInterface {
  const interfaceId = ctx.id(NETWORK_INTERFACE, index);
  const primaryAddress: InstancePrivateIpAddress = {
    Primary: true,
    PrivateDnsName: instance.PrivateDnsName,
    PrivateIpAddress: instance.PrivateIpAddress,
  };
  const networkInterface: InstanceNetworkInterface = {
    Attachment: {
      AttachTime: instance.LaunchTime,
      // one attachment per interface: its id follows from the interface's
      AttachmentId: `eni-attach-${interfaceId.slice(NETWORK_INTERFACE.prefix.length)}`,
      DeleteOnTermination: true,
      DeviceIndex: 0,
      Status: 'attached',
      NetworkCardIndex: 0,
    },
    Description: '',
    Groups: instance.SecurityGroups,
    Ipv6Addresses: [],
    MacAddress: macAddress(hash, index),
    NetworkInterfaceId: interfaceId,
    OwnerId: ctx.accountId,
    PrivateDnsName: instance.PrivateDnsName,
    PrivateIpAddress: instance.PrivateIpAddress,
    PrivateIpAddresses: [primaryAddress],
    SourceDestCheck: true,
    Status: 'in-use',
    SubnetId: instance.SubnetId,
    VpcId: instance.VpcId,
    InterfaceType: 'interface',
  };
  const publicIp = instance.PublicIpAddress;
  if (publicIp !== undefined) {
    const association = {
      IpOwnerId: instanceHasAddress(ctx, index) ? ctx.accountId : 'amazon',
      PublicDnsName: instance.PublicDnsName,
      PublicIp: publicIp,
    };
    networkInterface.Association = association;
    primaryAddress.Association = association;
  }
  return networkInterface;
}

/** The instance profile named after the instance's role (`web-instance-profile`), when the account has it. */
function instanceProfile(ctx: ScopeContext, role: string): SimInstance['IamInstanceProfile'] {
  const profileIndex = INSTANCE_PROFILE_ROLES.indexOf(role);
  return profileIndex !== -1 && profileIndex < ctx.counts.iamInstanceProfile
    ? instanceProfileReference(ctx, profileIndex)
    : undefined;
}

/** The instance type of instance i (its hash picks it). */
export function instanceTypeOf(ctx: ScopeContext, index: number): (typeof INSTANCE_TYPES)[number] {
  return pick(INSTANCE_TYPES, ctx.hash(SALT_INSTANCE, index, 1) >>> 8);
}

function generateInstance(ctx: ScopeContext, index: number): SimInstance {
  const hash = ctx.hash(SALT_INSTANCE, index, 1);
  const running = instanceRunning(ctx, index);
  const { type: instanceType, cpu } = instanceTypeOf(ctx, index);
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
  const options = DEFAULT_INSTANCE_OPTIONS;
  const instance: SimInstance = {
    AmiLaunchIndex: options.AmiLaunchIndex,
    ImageId: ctx.counts.image > 0 ? ctx.id('image', index % ctx.counts.image) : PUBLIC_IMAGE_ID,
    InstanceId: ctx.id('instance', index),
    ReservationId: ctx.id(RESERVATION, index),
    InstanceType: instanceType,
    LaunchTime: launchTime,
    Monitoring: options.Monitoring,
    Placement: { AvailabilityZone: instanceAvailabilityZone(ctx, index), GroupName: '', Tenancy: 'default' },
    PrivateDnsName: privateDnsName(privateIp, ctx.region),
    PrivateIpAddress: privateIp,
    ProductCodes: [],
    PublicDnsName: publicIp === undefined ? '' : publicDnsName(publicIp, ctx.region),
    State: running ? { Code: 16, Name: 'running' } : { Code: 80, Name: 'stopped' },
    StateTransitionReason: running ? '' : `User initiated (${launchTime.toISOString().slice(0, 19)} GMT)`,
    Architecture: arm ? 'arm64' : 'x86_64',
    BlockDeviceMappings: attachedVolumeIndexes(ctx, index).map((volumeIndex) => ({
      DeviceName: deviceName(ctx, volumeIndex),
      Ebs: {
        AttachTime: launchTime,
        DeleteOnTermination: volumeIndex < ctx.counts.instance,
        Status: 'attached',
        VolumeId: ctx.id('volume', volumeIndex),
      },
    })),
    ClientToken: `${hash.toString(16).padStart(8, '0')}-${index.toString(16)}`,
    EbsOptimized: options.EbsOptimized,
    EnaSupport: options.EnaSupport,
    Hypervisor: options.Hypervisor,
    NetworkInterfaces: [],
    RootDeviceName: options.RootDeviceName,
    RootDeviceType: options.RootDeviceType,
    SecurityGroups:
      groupIndex === undefined
        ? []
        : [{ GroupId: ctx.id('securityGroup', groupIndex), GroupName: securityGroupName(ctx, groupIndex) }],
    SourceDestCheck: options.SourceDestCheck,
    Tags: [
      { Key: 'Name', Value: `${role}-${index}` },
      environmentTag(ctx, SALT_INSTANCE, index),
      { Key: 'Team', Value: pick(['platform', 'payments', 'search', 'data'], hash >>> 16) },
    ],
    VirtualizationType: options.VirtualizationType,
    CpuOptions: cpu,
    CapacityReservationSpecification: options.CapacityReservationSpecification,
    HibernationOptions: options.HibernationOptions,
    MetadataOptions: options.MetadataOptions,
    EnclaveOptions: options.EnclaveOptions,
    BootMode: options.BootMode,
    PlatformDetails: options.PlatformDetails,
    UsageOperation: options.UsageOperation,
    UsageOperationUpdateTime: launchTime,
    PrivateDnsNameOptions: options.PrivateDnsNameOptions,
    MaintenanceOptions: options.MaintenanceOptions,
    CurrentInstanceBootMode: arm ? 'uefi' : 'legacy-bios',
    NetworkPerformanceOptions: options.NetworkPerformanceOptions,
    Operator: options.Operator,
  };
  if (subnetIndex !== undefined) instance.SubnetId = ctx.id('subnet', subnetIndex);
  if (vpcIndex !== undefined) instance.VpcId = ctx.id('vpc', vpcIndex);
  if (publicIp !== undefined) instance.PublicIpAddress = publicIp;
  if (ctx.counts.keyPair > 0) instance.KeyName = keyPairName(index % ctx.counts.keyPair);
  if (!running) instance.StateReason = STOPPED_REASON;
  const template = instanceLaunchTemplate(ctx, index);
  if (template !== undefined) {
    // EC2 tags what it launches from a template with the template and version it used
    instance.Tags.push(
      { Key: 'aws:ec2launchtemplate:id', Value: ctx.id('launchTemplate', template) },
      { Key: 'aws:ec2launchtemplate:version', Value: String(launchTemplateVersionNumbers(ctx, template).default) },
    );
  }
  const profile = hash % 3 === 0 ? instanceProfile(ctx, role) : undefined;
  if (profile) instance.IamInstanceProfile = profile;
  const scalingGroup = groupOfInstance(ctx, 'autoScalingGroup', index);
  if (scalingGroup !== undefined) instance.Tags.push(autoScalingGroupTag(ctx, scalingGroup));
  if (subnetIndex !== undefined) instance.NetworkInterfaces.push(primaryInterface(ctx, index, instance, hash));
  return instance;
}

/**
 * Terminating an instance as AWS does: its DeleteOnTermination volumes and ENIs go, its other volumes become available
 * and its elastic IPs are disassociated.
 */
function terminate(instance: SimInstance, scope: ResourceScope, world: SimWorld): void {
  const volumes = world.collection('volume', scope.account, scope.region);
  for (const { Ebs } of instance.BlockDeviceMappings) {
    const volume = volumes.get(Ebs.VolumeId);
    if (!volume || !volume.Attachments.some((a) => a.InstanceId === instance.InstanceId)) continue;
    if (Ebs.DeleteOnTermination) volumes.remove(Ebs.VolumeId);
    else volumes.replace(Ebs.VolumeId, { ...volume, State: 'available', Attachments: [] });
  }
  const deletedEnis = instance.NetworkInterfaces.filter((eni) => eni.Attachment?.DeleteOnTermination);
  releaseEnis(
    deletedEnis.map((eni) => eni.NetworkInterfaceId as string),
    scope,
    world,
    instance.InstanceId,
  );
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
    idsExcludeMaxResults: 'instancesSet',
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(
        [
          'InstanceId',
          'InstanceType',
          'ImageId',
          'VpcId',
          'SubnetId',
          'PrivateIpAddress',
          'KeyName',
          'Architecture',
          'ReservationId',
        ],
        { 'ip-address': 'PublicIpAddress' },
      ),
      'instance-state-name': (r) => [r.State.Name],
      'instance-state-code': (r) => [r.State.Code],
      'availability-zone': (r) => [r.Placement.AvailabilityZone],
      'instance.group-id': (r) => r.SecurityGroups.map((g) => g.GroupId),
      'block-device-mapping.volume-id': (r) => r.BlockDeviceMappings.map((m) => m.Ebs.VolumeId),
      'network-interface.network-interface-id': (r) => r.NetworkInterfaces.map((n) => n.NetworkInterfaceId),
      'iam-instance-profile.arn': (r) => [r.IamInstanceProfile?.Arn],
    },
  },
};
