import type { SimKind } from '../../options.js';
import type { SimInstance, SimSecurityGroupRule } from '../../world/records.js';
import type { Ec2ListDeclaration } from './describe-operation.js';

const PAGE_1000 = { min: 5, max: 1000, aboveMax: 'reject' } as const;

function privateDnsName(ip: string, region: string): string {
  const suffix = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return `ip-${ip.replaceAll('.', '-')}.${suffix}`;
}

// Until the records are the SDK's output shapes, these name what the records hold as DescribeInstances etc. answer it.
function instanceItem(r: SimInstance, scope: { account: string; region: string }) {
  const { AvailabilityZone, BlockDeviceMappings, ReservationId, ...rest } = r;
  return {
    ReservationId,
    OwnerId: scope.account,
    Groups: [],
    Instances: [
      {
        ...rest,
        PrivateDnsName: privateDnsName(r.PrivateIpAddress, scope.region),
        PublicDnsName:
          r.PublicIpAddress === undefined
            ? ''
            : `ec2-${r.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`,
        StateTransitionReason: r.State.Name === 'stopped' ? 'User initiated' : '',
        AmiLaunchIndex: 0,
        ProductCodes: [],
        Placement: { AvailabilityZone, GroupName: '', Tenancy: 'default' },
        Monitoring: { State: 'disabled' },
        SourceDestCheck: true,
        RootDeviceType: 'ebs',
        RootDeviceName: '/dev/xvda',
        BlockDeviceMappings: BlockDeviceMappings.map((m) => ({
          DeviceName: m.DeviceName,
          Ebs: {
            VolumeId: m.VolumeId,
            Status: 'attached',
            AttachTime: m.AttachTime,
            DeleteOnTermination: m.DeleteOnTermination,
          },
        })),
        VirtualizationType: 'hvm',
        Hypervisor: 'xen',
        EbsOptimized: false,
        EnaSupport: true,
        MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpEndpoint: 'enabled' },
        PlatformDetails: r.Platform === 'windows' ? 'Windows' : 'Linux/UNIX',
        UsageOperation: 'RunInstances',
        BootMode: 'uefi-preferred',
      },
    ],
  };
}

function rule(r: SimSecurityGroupRule) {
  const { CidrIps, ...rest } = r;
  return {
    ...rest,
    UserIdGroupPairs: [],
    IpRanges: CidrIps.map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: [],
    PrefixListIds: [],
  };
}

const instances: Ec2ListDeclaration<'instance'> = {
  kind: 'instance',
  items: 'Reservations',
  ids: 'InstanceIds',
  idOf: (r) => r.InstanceId,
  notFound: { code: 'InvalidInstanceID.NotFound', noun: 'instance ID' },
  limits: PAGE_1000,
  idsExcludeMaxResults: true,
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
  toItem: instanceItem,
};

const volumes: Ec2ListDeclaration<'volume'> = {
  kind: 'volume',
  items: 'Volumes',
  ids: 'VolumeIds',
  idOf: (r) => r.VolumeId,
  notFound: { code: 'InvalidVolume.NotFound', noun: 'volume' },
  limits: { min: 5, max: 500, aboveMax: 'clamp' },
  filters: {
    'volume-id': (r) => [r.VolumeId],
    'attachment.instance-id': (r) => r.Attachments.map((a) => a.InstanceId),
    'attachment.device': (r) => r.Attachments.map((a) => a.Device),
    'attachment.status': (r) => r.Attachments.map((a) => a.State),
    'availability-zone': (r) => [r.AvailabilityZone],
    status: (r) => [r.State],
    'volume-type': (r) => [r.VolumeType],
    'snapshot-id': (r) => [r.SnapshotId],
    encrypted: (r) => [r.Encrypted],
    size: (r) => [r.Size],
  },
  toItem: (r) => ({
    ...r,
    SnapshotId: r.SnapshotId ?? '',
    MultiAttachEnabled: false,
    Attachments: r.Attachments.map((a) => ({ ...a, VolumeId: r.VolumeId })),
  }),
};

const ownerSelector = {
  Owners: (r: { OwnerId: string }, owners: readonly string[], account: string) =>
    owners.some((owner) => (owner === 'self' ? account : owner) === r.OwnerId),
};

const snapshots: Ec2ListDeclaration<'snapshot'> = {
  kind: 'snapshot',
  items: 'Snapshots',
  ids: 'SnapshotIds',
  idOf: (r) => r.SnapshotId,
  notFound: { code: 'InvalidSnapshot.NotFound', noun: 'snapshot' },
  limits: { min: 5, max: 1000, aboveMax: 'clamp' },
  filters: {
    'snapshot-id': (r) => [r.SnapshotId],
    'volume-id': (r) => [r.VolumeId],
    'owner-id': (r) => [r.OwnerId],
    status: (r) => [r.State],
    encrypted: (r) => [r.Encrypted],
    description: (r) => [r.Description],
    'volume-size': (r) => [r.VolumeSize],
  },
  selectors: { OwnerIds: ownerSelector.Owners },
  toItem: (r) => ({ ...r, StorageTier: 'standard' }),
};

const images: Ec2ListDeclaration<'image'> = {
  kind: 'image',
  items: 'Images',
  ids: 'ImageIds',
  idOf: (r) => r.ImageId,
  notFound: { code: 'InvalidAMIID.NotFound', noun: 'image id' },
  limits: { min: 5, max: 1000, aboveMax: 'clamp' },
  filters: {
    'image-id': (r) => [r.ImageId],
    name: (r) => [r.Name],
    state: (r) => [r.State],
    'owner-id': (r) => [r.OwnerId],
    architecture: (r) => [r.Architecture],
    'is-public': (r) => [r.Public],
  },
  selectors: ownerSelector,
  toItem: ({ RootSnapshotId, ...r }) => ({
    ...r,
    ImageLocation: `${r.OwnerId}/${r.Name}`,
    ImageType: 'machine',
    RootDeviceType: 'ebs',
    BlockDeviceMappings:
      RootSnapshotId === undefined
        ? []
        : [
            {
              DeviceName: r.RootDeviceName,
              Ebs: {
                SnapshotId: RootSnapshotId,
                VolumeSize: 8,
                DeleteOnTermination: true,
                VolumeType: 'gp3',
                Encrypted: false,
              },
            },
          ],
    VirtualizationType: 'hvm',
    Hypervisor: 'xen',
    EnaSupport: true,
    PlatformDetails: 'Linux/UNIX',
    UsageOperation: 'RunInstances',
  }),
};

const vpcs: Ec2ListDeclaration<'vpc'> = {
  kind: 'vpc',
  items: 'Vpcs',
  ids: 'VpcIds',
  idOf: (r) => r.VpcId,
  notFound: { code: 'InvalidVpcID.NotFound', noun: 'vpc ID' },
  limits: PAGE_1000,
  filters: {
    'vpc-id': (r) => [r.VpcId],
    'cidr-block': (r) => [r.CidrBlock],
    cidr: (r) => [r.CidrBlock],
    state: (r) => [r.State],
    'is-default': (r) => [r.IsDefault],
    'owner-id': (r) => [r.OwnerId],
    'dhcp-options-id': (r) => [r.DhcpOptionsId],
  },
  toItem: (r) => ({
    ...r,
    CidrBlockAssociationSet: [
      {
        CidrBlock: r.CidrBlock,
        AssociationId: `vpc-cidr-assoc-${r.VpcId.slice(4)}`,
        CidrBlockState: { State: 'associated' },
      },
    ],
    InstanceTenancy: 'default',
  }),
};

const subnets: Ec2ListDeclaration<'subnet'> = {
  kind: 'subnet',
  items: 'Subnets',
  ids: 'SubnetIds',
  idOf: (r) => r.SubnetId,
  notFound: { code: 'InvalidSubnetID.NotFound', noun: 'subnet ID' },
  limits: PAGE_1000,
  filters: {
    'subnet-id': (r) => [r.SubnetId],
    'vpc-id': (r) => [r.VpcId],
    'cidr-block': (r) => [r.CidrBlock],
    'availability-zone': (r) => [r.AvailabilityZone],
    state: (r) => [r.State],
    'default-for-az': (r) => [r.DefaultForAz],
    'owner-id': (r) => [r.OwnerId],
  },
  toItem: (r, scope) => ({ ...r, SubnetArn: `arn:aws:ec2:${scope.region}:${r.OwnerId}:subnet/${r.SubnetId}` }),
};

const securityGroups: Ec2ListDeclaration<'securityGroup'> = {
  kind: 'securityGroup',
  items: 'SecurityGroups',
  ids: 'GroupIds',
  idOf: (r) => r.GroupId,
  notFound: { code: 'InvalidGroup.NotFound', noun: 'security group' },
  limits: PAGE_1000,
  filters: {
    'group-id': (r) => [r.GroupId],
    'group-name': (r) => [r.GroupName],
    'vpc-id': (r) => [r.VpcId],
    description: (r) => [r.Description],
    'owner-id': (r) => [r.OwnerId],
    'ip-permission.from-port': (r) => r.IpPermissions.map((p) => p.FromPort),
    'ip-permission.cidr': (r) => r.IpPermissions.flatMap((p) => p.CidrIps),
  },
  selectors: { GroupNames: (r, names) => names.includes(r.GroupName) },
  toItem: (r) => ({
    ...r,
    IpPermissions: r.IpPermissions.map(rule),
    IpPermissionsEgress: r.IpPermissionsEgress.map(rule),
  }),
};

const addresses: Ec2ListDeclaration<'address'> = {
  kind: 'address',
  items: 'Addresses',
  ids: 'AllocationIds',
  idOf: (r) => r.AllocationId,
  notFound: { code: 'InvalidAllocationID.NotFound', noun: 'allocation ID' },
  filters: {
    'allocation-id': (r) => [r.AllocationId],
    'association-id': (r) => [r.AssociationId],
    'instance-id': (r) => [r.InstanceId],
    'public-ip': (r) => [r.PublicIp],
    'private-ip-address': (r) => [r.PrivateIpAddress],
    'network-interface-id': (r) => [r.NetworkInterfaceId],
    domain: (r) => [r.Domain],
  },
  selectors: { PublicIps: (r, ips) => ips.includes(r.PublicIp) },
  toItem: (r, scope) => ({ ...r, PublicIpv4Pool: 'amazon', NetworkBorderGroup: scope.region }),
};

/** The list declaration of each Describe* operation of a kind. */
export const EC2_LISTS: { [operation: string]: Ec2ListDeclaration<SimKind> } = {
  DescribeInstances: instances as never,
  DescribeVolumes: volumes as never,
  DescribeSnapshots: snapshots as never,
  DescribeImages: images as never,
  DescribeVpcs: vpcs as never,
  DescribeSubnets: subnets as never,
  DescribeSecurityGroups: securityGroups as never,
  DescribeAddresses: addresses as never,
};
