import type { CallContext } from '../../http/http-types.js';
import type { SimKind } from '../../options.js';
import type { SimRecordByKind } from '../../world/records.js';
import { describeResources } from './describe-operation.js';
import type { FilterTable } from './filters.js';
import type { QueryParams } from './query-params.js';
import type { PageLimits } from './pagination.js';
import { renderImage, renderReservation, renderSnapshot, renderVolume } from './render-compute.js';
import { renderAddress, renderSecurityGroup, renderSubnet, renderVpc } from './render-network.js';

/** How one Describe* operation lists one kind: parameters, filters, paging and XML. */
export interface DescribeSpec<K extends SimKind> {
  kind: K;
  resultElement: string;
  idParam: string;
  idOf(record: SimRecordByKind[K]): string;
  /** The code AWS answers when an id passed in `idParam` does not exist. */
  notFoundCode: string;
  notFoundNoun: string;
  /** MaxResults limits; absent for operations without pagination (DescribeAddresses). */
  pageLimits?: PageLimits;
  /** Whether MaxResults may not be combined with explicit ids (DescribeInstances). */
  idsExcludeMaxResults?: boolean;
  filters: FilterTable<SimRecordByKind[K]>;
  render(record: SimRecordByKind[K], scope: { account: string; region: string }): string;
}

const PAGE_1000: PageLimits = { min: 5, max: 1000, aboveMax: 'reject' };

const instances: DescribeSpec<'instance'> = {
  kind: 'instance',
  resultElement: 'reservationSet',
  idParam: 'InstanceId',
  idOf: (r) => r.InstanceId,
  notFoundCode: 'InvalidInstanceID.NotFound',
  notFoundNoun: 'instance ID',
  pageLimits: PAGE_1000,
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
  render: (r, scope) => renderReservation(r, scope.account, scope.region),
};

const volumes: DescribeSpec<'volume'> = {
  kind: 'volume',
  resultElement: 'volumeSet',
  idParam: 'VolumeId',
  idOf: (r) => r.VolumeId,
  notFoundCode: 'InvalidVolume.NotFound',
  notFoundNoun: 'volume',
  pageLimits: { min: 5, max: 500, aboveMax: 'clamp' },
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
  render: (r) => renderVolume(r),
};

const snapshots: DescribeSpec<'snapshot'> = {
  kind: 'snapshot',
  resultElement: 'snapshotSet',
  idParam: 'SnapshotId',
  idOf: (r) => r.SnapshotId,
  notFoundCode: 'InvalidSnapshot.NotFound',
  notFoundNoun: 'snapshot',
  pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
  filters: {
    'snapshot-id': (r) => [r.SnapshotId],
    'volume-id': (r) => [r.VolumeId],
    'owner-id': (r) => [r.OwnerId],
    status: (r) => [r.State],
    encrypted: (r) => [r.Encrypted],
    description: (r) => [r.Description],
    'volume-size': (r) => [r.VolumeSize],
  },
  render: (r) => renderSnapshot(r),
};

const images: DescribeSpec<'image'> = {
  kind: 'image',
  resultElement: 'imagesSet',
  idParam: 'ImageId',
  idOf: (r) => r.ImageId,
  notFoundCode: 'InvalidAMIID.NotFound',
  notFoundNoun: 'image id',
  pageLimits: { min: 5, max: 1000, aboveMax: 'clamp' },
  filters: {
    'image-id': (r) => [r.ImageId],
    name: (r) => [r.Name],
    state: (r) => [r.State],
    'owner-id': (r) => [r.OwnerId],
    architecture: (r) => [r.Architecture],
    'is-public': (r) => [r.Public],
  },
  render: (r) => renderImage(r),
};

const vpcs: DescribeSpec<'vpc'> = {
  kind: 'vpc',
  resultElement: 'vpcSet',
  idParam: 'VpcId',
  idOf: (r) => r.VpcId,
  notFoundCode: 'InvalidVpcID.NotFound',
  notFoundNoun: 'vpc ID',
  pageLimits: PAGE_1000,
  filters: {
    'vpc-id': (r) => [r.VpcId],
    'cidr-block': (r) => [r.CidrBlock],
    cidr: (r) => [r.CidrBlock],
    state: (r) => [r.State],
    'is-default': (r) => [r.IsDefault],
    'owner-id': (r) => [r.OwnerId],
    'dhcp-options-id': (r) => [r.DhcpOptionsId],
  },
  render: (r) => renderVpc(r),
};

const subnets: DescribeSpec<'subnet'> = {
  kind: 'subnet',
  resultElement: 'subnetSet',
  idParam: 'SubnetId',
  idOf: (r) => r.SubnetId,
  notFoundCode: 'InvalidSubnetID.NotFound',
  notFoundNoun: 'subnet ID',
  pageLimits: PAGE_1000,
  filters: {
    'subnet-id': (r) => [r.SubnetId],
    'vpc-id': (r) => [r.VpcId],
    'cidr-block': (r) => [r.CidrBlock],
    'availability-zone': (r) => [r.AvailabilityZone],
    state: (r) => [r.State],
    'default-for-az': (r) => [r.DefaultForAz],
    'owner-id': (r) => [r.OwnerId],
  },
  render: (r, scope) => renderSubnet(r, scope.region),
};

const securityGroups: DescribeSpec<'securityGroup'> = {
  kind: 'securityGroup',
  resultElement: 'securityGroupInfo',
  idParam: 'GroupId',
  idOf: (r) => r.GroupId,
  notFoundCode: 'InvalidGroup.NotFound',
  notFoundNoun: 'security group',
  pageLimits: PAGE_1000,
  filters: {
    'group-id': (r) => [r.GroupId],
    'group-name': (r) => [r.GroupName],
    'vpc-id': (r) => [r.VpcId],
    description: (r) => [r.Description],
    'owner-id': (r) => [r.OwnerId],
    'ip-permission.from-port': (r) => r.IpPermissions.map((p) => p.FromPort),
    'ip-permission.cidr': (r) => r.IpPermissions.flatMap((p) => p.CidrIps),
  },
  render: (r) => renderSecurityGroup(r),
};

const addresses: DescribeSpec<'address'> = {
  kind: 'address',
  resultElement: 'addressesSet',
  idParam: 'AllocationId',
  idOf: (r) => r.AllocationId,
  notFoundCode: 'InvalidAllocationID.NotFound',
  notFoundNoun: 'allocation ID',
  filters: {
    'allocation-id': (r) => [r.AllocationId],
    'association-id': (r) => [r.AssociationId],
    'instance-id': (r) => [r.InstanceId],
    'public-ip': (r) => [r.PublicIp],
    'private-ip-address': (r) => [r.PrivateIpAddress],
    'network-interface-id': (r) => [r.NetworkInterfaceId],
    domain: (r) => [r.Domain],
  },
  render: (r, scope) => renderAddress(r, scope.region),
};

/** Every Describe* operation of a kind, answered by the generic describe with its spec. */
export const DESCRIBE_OPERATIONS: Readonly<Record<string, (params: QueryParams, context: CallContext) => string>> = {
  DescribeInstances: (params, context) => describeResources('DescribeInstances', instances, params, context),
  DescribeVolumes: (params, context) => describeResources('DescribeVolumes', volumes, params, context),
  DescribeSnapshots: (params, context) => describeResources('DescribeSnapshots', snapshots, params, context),
  DescribeImages: (params, context) => describeResources('DescribeImages', images, params, context),
  DescribeVpcs: (params, context) => describeResources('DescribeVpcs', vpcs, params, context),
  DescribeSubnets: (params, context) => describeResources('DescribeSubnets', subnets, params, context),
  DescribeSecurityGroups: (params, context) =>
    describeResources('DescribeSecurityGroups', securityGroups, params, context),
  DescribeAddresses: (params, context) => describeResources('DescribeAddresses', addresses, params, context),
};
