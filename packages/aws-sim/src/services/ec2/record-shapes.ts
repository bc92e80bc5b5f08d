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
  instance: ({ AvailabilityZone, BlockDeviceMappings, ...r }, scope) => ({
    ...r,
    PrivateDnsName: privateDnsName(r.PrivateIpAddress, scope.region),
    PublicDnsName:
      r.PublicIpAddress === undefined ? '' : `ec2-${r.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`,
    StateTransitionReason: r.State.Name === 'stopped' ? 'User initiated' : '',
    AmiLaunchIndex: 0,
    ProductCodes: [],
    Placement: { AvailabilityZone, GroupName: '', Tenancy: 'default' },
    Monitoring: { State: 'disabled' },
    SourceDestCheck: true,
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    BlockDeviceMappings: BlockDeviceMappings.map(({ DeviceName, ...ebs }) => ({
      DeviceName,
      Ebs: { ...ebs, Status: 'attached' },
    })),
    VirtualizationType: 'hvm',
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
