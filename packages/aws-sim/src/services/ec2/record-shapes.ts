import type { SimKind, SimRecordByKind } from '../../kinds/index.js';
import type { SimSecurityGroupRule } from '../../world/records.js';
import type { ResourceScope } from '../../world/sim-state.js';

type RecordShape<K extends SimKind> = (record: SimRecordByKind[K], scope: ResourceScope) => object;

function privateDnsName(ip: string, region: string): string {
  const suffix = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
  return `ip-${ip.replaceAll('.', '-')}.${suffix}`;
}

function rule({ CidrIps, ...rest }: SimSecurityGroupRule): object {
  return {
    ...rest,
    UserIdGroupPairs: [],
    IpRanges: CidrIps.map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: [],
    PrefixListIds: [],
  };
}

/**
 * The SDK output shape of the records that do not hold it yet: what AWS answers for such a resource beyond the
 * record's fields. A kind whose record is its SDK shape needs no entry; each entry goes when its record becomes one.
 */
export const RECORD_SHAPES: { [K in SimKind]?: RecordShape<K> } = {
  // one object literal (no rest or spread): this is the shape of every DescribeInstances item, the hot path
  instance: (r, scope) => ({
    InstanceId: r.InstanceId,
    // not an Instance member: the kind's itemOf puts it on the reservation
    ReservationId: r.ReservationId,
    ImageId: r.ImageId,
    State: r.State,
    PrivateDnsName: privateDnsName(r.PrivateIpAddress, scope.region),
    PublicDnsName:
      r.PublicIpAddress === undefined ? '' : `ec2-${r.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`,
    StateTransitionReason: r.State.Name === 'stopped' ? 'User initiated' : '',
    KeyName: r.KeyName,
    AmiLaunchIndex: 0,
    ProductCodes: [],
    InstanceType: r.InstanceType,
    LaunchTime: r.LaunchTime,
    Placement: { AvailabilityZone: r.AvailabilityZone, GroupName: '', Tenancy: 'default' },
    Platform: r.Platform,
    Monitoring: { State: 'disabled' },
    SubnetId: r.SubnetId,
    VpcId: r.VpcId,
    PrivateIpAddress: r.PrivateIpAddress,
    PublicIpAddress: r.PublicIpAddress,
    SourceDestCheck: true,
    SecurityGroups: r.SecurityGroups,
    Architecture: r.Architecture,
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    BlockDeviceMappings: r.BlockDeviceMappings.map((m) => ({
      DeviceName: m.DeviceName,
      Ebs: {
        VolumeId: m.VolumeId,
        Status: 'attached',
        AttachTime: m.AttachTime,
        DeleteOnTermination: m.DeleteOnTermination,
      },
    })),
    VirtualizationType: 'hvm',
    Tags: r.Tags,
    Hypervisor: 'xen',
    EbsOptimized: false,
    EnaSupport: true,
    MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpEndpoint: 'enabled' },
    PlatformDetails: r.Platform === 'windows' ? 'Windows' : 'Linux/UNIX',
    UsageOperation: 'RunInstances',
    BootMode: 'uefi-preferred',
  }),
  volume: (r) => ({
    ...r,
    SnapshotId: r.SnapshotId ?? '',
    MultiAttachEnabled: false,
    Attachments: r.Attachments.map((a) => ({ ...a, VolumeId: r.VolumeId })),
  }),
  snapshot: (r) => ({ ...r, StorageTier: 'standard' }),
  image: ({ RootSnapshotId, ...r }) => ({
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
  vpc: (r) => ({
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
  subnet: (r, scope) => ({ ...r, SubnetArn: `arn:aws:ec2:${scope.region}:${r.OwnerId}:subnet/${r.SubnetId}` }),
  securityGroup: (r) => ({
    ...r,
    IpPermissions: r.IpPermissions.map(rule),
    IpPermissionsEgress: r.IpPermissionsEgress.map(rule),
  }),
  address: (r, scope) => ({ ...r, PublicIpv4Pool: 'amazon', NetworkBorderGroup: scope.region }),
};
