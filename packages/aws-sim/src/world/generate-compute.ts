import { pick } from './hash.js';
import {
  environmentTag,
  securityGroupForVpc,
  securityGroupName,
  subnetAvailabilityZone,
  subnetCidrPrefix,
  subnetVpcIndex,
} from './generate-network.js';
import type { SimAddress, SimImage, SimInstance, SimSnapshot, SimVolume } from './records.js';
import type { ScopeContext } from './scope-context.js';

const SALT_INSTANCE = 21;
const SALT_VOLUME = 22;
const SALT_SNAPSHOT = 23;
const SALT_IMAGE = 24;
const SALT_ADDRESS = 25;
const INSTANCE_TYPES = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'm6g.large', 'c5.xlarge', 'r5.large'];
const ROLES = ['web', 'api', 'worker', 'db', 'cache', 'batch'];
const VOLUME_TYPES = ['gp3', 'gp3', 'gp2', 'io1', 'st1'] as const;
/** An Amazon-owned image, used when an account has no images of its own. */
const PUBLIC_IMAGE_ID = 'ami-0c02fb55956c7d316';

export function instanceAvailabilityZone(ctx: ScopeContext, index: number): string {
  return ctx.counts.subnet > 0
    ? subnetAvailabilityZone(ctx, index % ctx.counts.subnet)
    : (ctx.availabilityZones[index % ctx.availabilityZones.length] as string);
}

function instanceHasAddress(ctx: ScopeContext, index: number): boolean {
  return index < ctx.counts.address && index % 5 !== 4;
}

function publicAddress(ctx: ScopeContext, addressIndex: number): string {
  const hash = ctx.hash(SALT_ADDRESS, addressIndex, 1);
  return `${pick([3, 18, 34, 52, 54], hash)}.${(hash >>> 8) & 255}.${(hash >>> 16) & 255}.${(addressIndex % 250) + 4}`;
}

function privateAddress(ctx: ScopeContext, instanceIndex: number): string {
  if (ctx.counts.subnet === 0) return `172.31.${(instanceIndex >>> 8) & 255}.${instanceIndex & 255}`;
  const hostIndex = Math.floor(instanceIndex / ctx.counts.subnet);
  return `${subnetCidrPrefix(ctx, instanceIndex % ctx.counts.subnet)}.${(hostIndex % 250) + 4}`;
}

/** At most this many data volumes per instance (device names /dev/sdf.. /dev/sdt). */
const MAX_DATA_VOLUMES = 15;

/** Volumes attached to an instance: its root volume (same index) and data volumes index + k * instances. */
function attachedVolumeIndexes(ctx: ScopeContext, instanceIndex: number): number[] {
  const { instance: instances, volume: volumes } = ctx.counts;
  const attached: number[] = [];
  if (instanceIndex < volumes) attached.push(instanceIndex);
  for (let slot = 1; slot <= MAX_DATA_VOLUMES; slot++) {
    const volume = instanceIndex + slot * instances;
    if (volume >= volumes) break;
    if (volume % 4 !== 3) attached.push(volume);
  }
  return attached;
}

function deviceName(ctx: ScopeContext, volumeIndex: number): string {
  if (volumeIndex < ctx.counts.instance) return '/dev/xvda';
  const slot = Math.floor(volumeIndex / ctx.counts.instance) - 1;
  return `/dev/sd${String.fromCharCode(102 + slot)}`;
}

function volumeAttachedInstance(ctx: ScopeContext, volumeIndex: number): number | undefined {
  const instances = ctx.counts.instance;
  if (instances === 0) return undefined;
  if (volumeIndex < instances) return volumeIndex;
  if (volumeIndex % 4 === 3 || Math.floor(volumeIndex / instances) > MAX_DATA_VOLUMES) return undefined;
  return volumeIndex % instances;
}

function instanceLaunchTime(ctx: ScopeContext, index: number): Date {
  return ctx.date('2023-01-01T00:00:00Z', 600, ctx.hash(SALT_INSTANCE, index, 2));
}

function volumeSize(ctx: ScopeContext, index: number): number {
  const hash = ctx.hash(SALT_VOLUME, index, 1);
  return index < ctx.counts.instance ? 8 + (hash % 93) : 10 + (hash % 991);
}

export function generateInstance(ctx: ScopeContext, index: number): SimInstance {
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
    ReservationId: ctx.id('reservation', index),
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
}

export function generateVolume(ctx: ScopeContext, index: number): SimVolume {
  const hash = ctx.hash(SALT_VOLUME, index, 2);
  const instanceIndex = volumeAttachedInstance(ctx, index);
  const volumeType = pick(VOLUME_TYPES, hash);
  const createTime =
    instanceIndex === undefined ? ctx.date('2023-01-01T00:00:00Z', 600, hash) : instanceLaunchTime(ctx, instanceIndex);
  return {
    VolumeId: ctx.id('volume', index),
    Size: volumeSize(ctx, index),
    VolumeType: volumeType,
    ...(volumeType === 'io1' ? { Iops: 1000 + (hash % 9) * 500 } : volumeType === 'gp3' ? { Iops: 3000 } : {}),
    Encrypted: hash % 3 !== 0,
    State: instanceIndex === undefined ? 'available' : 'in-use',
    AvailabilityZone:
      instanceIndex === undefined
        ? (ctx.availabilityZones[index % ctx.availabilityZones.length] as string)
        : instanceAvailabilityZone(ctx, instanceIndex),
    CreateTime: createTime,
    Attachments:
      instanceIndex === undefined
        ? []
        : [
            {
              InstanceId: ctx.id('instance', instanceIndex),
              Device: deviceName(ctx, index),
              State: 'attached',
              AttachTime: createTime,
              DeleteOnTermination: index < ctx.counts.instance,
            },
          ],
    Tags: hash % 4 === 0 ? [] : [{ Key: 'Name', Value: `volume-${index}` }, environmentTag(ctx, SALT_VOLUME, index)],
  };
}

export function generateSnapshot(ctx: ScopeContext, index: number): SimSnapshot {
  const hash = ctx.hash(SALT_SNAPSHOT, index, 1);
  const volumeIndex = ctx.counts.volume > 0 ? index % ctx.counts.volume : undefined;
  return {
    SnapshotId: ctx.id('snapshot', index),
    // AWS shows vol-ffffffff for snapshots whose source volume is unknown (e.g. copies).
    VolumeId: volumeIndex === undefined ? 'vol-ffffffff' : ctx.id('volume', volumeIndex),
    VolumeSize: volumeIndex === undefined ? 8 : volumeSize(ctx, volumeIndex),
    State: 'completed',
    StartTime: ctx.date('2024-06-01T00:00:00Z', 300, hash),
    Progress: '100%',
    OwnerId: ctx.accountId,
    Description: `backup ${index}`,
    Encrypted: hash % 2 === 0,
    Tags: hash % 3 === 0 ? [] : [{ Key: 'Name', Value: `snapshot-${index}` }],
  };
}

export function generateImage(ctx: ScopeContext, index: number): SimImage {
  const hash = ctx.hash(SALT_IMAGE, index, 1);
  return {
    ImageId: ctx.id('image', index),
    Name: `app-image-${index}-${2023 + (hash % 3)}`,
    Description: `golden image ${index}`,
    OwnerId: ctx.accountId,
    State: 'available',
    CreationDate: ctx.date('2022-06-01T00:00:00Z', 200, hash).toISOString(),
    Architecture: hash % 5 === 0 ? 'arm64' : 'x86_64',
    Public: false,
    RootDeviceName: '/dev/xvda',
    ...(ctx.counts.snapshot > 0 ? { RootSnapshotId: ctx.id('snapshot', index % ctx.counts.snapshot) } : {}),
    Tags: [{ Key: 'Name', Value: `app-image-${index}` }],
  };
}

export function generateAddress(ctx: ScopeContext, index: number): SimAddress {
  const associated = index < ctx.counts.instance && instanceHasAddress(ctx, index);
  return {
    AllocationId: ctx.id('address', index),
    PublicIp: publicAddress(ctx, index),
    Domain: 'vpc',
    ...(associated
      ? {
          InstanceId: ctx.id('instance', index),
          AssociationId: ctx.id('association', index),
          NetworkInterfaceId: ctx.id('networkInterface', index),
          PrivateIpAddress: privateAddress(ctx, index),
        }
      : {}),
    Tags: [{ Key: 'Name', Value: `eip-${index}` }],
  };
}
