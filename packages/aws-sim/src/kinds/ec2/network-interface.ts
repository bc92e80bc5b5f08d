import type { NetworkInterface } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { privateDnsName } from './compute-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { ownedEniAt, ownedEniCount, type OwnedEni } from './eni-sources.js';
import { macAddress } from './instance.js';
import {
  availabilityZoneId,
  securityGroupForVpc,
  securityGroupName,
  subnetAvailabilityZone,
  subnetCidrPrefix,
  subnetVpcIndex,
} from './network-layout.js';

type EniFields =
  | 'NetworkInterfaceId'
  | 'SubnetId'
  | 'VpcId'
  | 'AvailabilityZone'
  | 'Description'
  | 'Groups'
  | 'InterfaceType'
  | 'Ipv6Addresses'
  | 'MacAddress'
  | 'OwnerId'
  | 'PrivateDnsName'
  | 'PrivateIpAddress'
  | 'PrivateIpAddresses'
  | 'RequesterManaged'
  | 'SourceDestCheck'
  | 'Status';

/** DescribeNetworkInterfaces' NetworkInterface; its tags are held as `Tags` like every kind's and answered as `TagSet`. */
export type SimNetworkInterface = Tagged<Omit<Filled<NetworkInterface, EniFields>, 'TagSet'>>;

const SALT_ENI = 14;
const OPERATOR = Object.freeze({ Managed: false });

/** A detached ENI someone created in a subnet and left (status available): the ENIs after the owned ones. */
function detachedEni(ctx: ScopeContext, detachedIndex: number): OwnedEni {
  const subnets = Math.max(1, ctx.counts.subnet);
  const subnetIndex = detachedIndex % subnets;
  const group = securityGroupForVpc(ctx, subnetVpcIndex(ctx, subnetIndex), detachedIndex);
  const host = (Math.floor(detachedIndex / subnets) % 240) + 6;
  return {
    SubnetId: ctx.id('subnet', subnetIndex),
    GroupIds: group === undefined ? [] : [ctx.id('securityGroup', group)],
    Description: detachedIndex % 2 === 0 ? '' : `standby interface ${detachedIndex}`,
    InterfaceType: 'interface',
    RequesterManaged: false,
    PrivateIpAddress: `${subnetCidrPrefix(ctx, subnetIndex)}.${host}`,
    Tags: [{ Key: 'Name', Value: `eni-${detachedIndex}` }],
  };
}

function generateEni(ctx: ScopeContext, position: number): SimNetworkInterface {
  const owned = ownedEniAt(ctx.counts, position);
  const eni = owned
    ? owned.source.eniOf(ctx, owned.index, owned.slot)
    : detachedEni(ctx, position - ownedEniCount(ctx.counts));
  const id = ctx.id('networkInterface', position);
  const subnetIndex = ctx.indexOf('subnet', eni.SubnetId) ?? 0;
  const privateIp = eni.PrivateIpAddress ?? `${subnetCidrPrefix(ctx, subnetIndex)}.${(position % 240) + 6}`;
  const dnsName = privateDnsName(privateIp, ctx.region);
  const record: SimNetworkInterface = {
    AvailabilityZone: subnetAvailabilityZone(ctx, subnetIndex),
    AvailabilityZoneId: availabilityZoneId(ctx.region, subnetIndex % ctx.availabilityZones.length),
    Description: eni.Description,
    Groups: eni.GroupIds.map((groupId) => ({
      GroupId: groupId,
      GroupName: securityGroupName(ctx, ctx.indexOf('securityGroup', groupId) ?? 0),
    })),
    InterfaceType: eni.InterfaceType as SimNetworkInterface['InterfaceType'],
    Ipv6Addresses: [],
    MacAddress: eni.MacAddress ?? macAddress(ctx.hash(SALT_ENI, position, 1), position),
    NetworkInterfaceId: id,
    OwnerId: ctx.accountId,
    PrivateDnsName: dnsName,
    PrivateIpAddress: privateIp,
    PrivateIpAddresses: [
      {
        Primary: true,
        PrivateDnsName: dnsName,
        PrivateIpAddress: privateIp,
        ...(eni.Association ? { Association: eni.Association } : {}),
      },
    ],
    RequesterManaged: eni.RequesterManaged,
    SourceDestCheck: eni.SourceDestCheck ?? !eni.RequesterManaged,
    Status: eni.Attachment ? 'in-use' : 'available',
    SubnetId: eni.SubnetId,
    VpcId: ctx.id('vpc', subnetVpcIndex(ctx, subnetIndex)),
    Operator: OPERATOR,
    Tags: eni.Tags ?? [],
  };
  if (eni.RequesterId !== undefined) record.RequesterId = eni.RequesterId;
  if (eni.Association) record.Association = eni.Association;
  if (eni.Attachment) {
    const prefix = eni.Attachment.InstanceId === undefined ? 'ela-attach-' : 'eni-attach-';
    record.Attachment = { AttachmentId: `${prefix}${id.slice('eni-'.length)}`, ...eni.Attachment };
  }
  return record;
}

export const networkInterfaceKind: KindSpec<'networkInterface', SimNetworkInterface> = {
  kind: 'networkInterface',
  idField: 'NetworkInterfaceId',
  ids: { prefix: 'eni-' },
  // The detached ENIs of a preset; the ENIs of instances, NAT gateways... come with them (ENI_SOURCES).
  counts: { tiny: 1, small: 2, medium: 12, large: 60 },
  ownedCount: ownedEniCount,
  needs: ['subnet'],
  generate: generateEni,
  describe: {
    operation: 'DescribeNetworkInterfaces',
    items: 'NetworkInterfaces',
    itemOf: ({ Tags, ...eni }) => ({ ...eni, TagSet: Tags }),
    ids: {
      member: 'NetworkInterfaceIds',
      notFoundCode: 'InvalidNetworkInterfaceID.NotFound',
      notFoundNoun: 'networkInterface ID',
    },
    idsExcludeMaxResults: 'networkInterfaceIdSet',
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters([
        'NetworkInterfaceId',
        'AvailabilityZone',
        'AvailabilityZoneId',
        'Description',
        'InterfaceType',
        'MacAddress',
        'OwnerId',
        'PrivateDnsName',
        'PrivateIpAddress',
        'RequesterId',
        'RequesterManaged',
        'SourceDestCheck',
        'Status',
        'SubnetId',
        'VpcId',
      ]),
      'association.allocation-id': (r) => [r.Association?.AllocationId],
      'association.association-id': (r) => [r.Association?.AssociationId],
      'association.ip-owner-id': (r) => [r.Association?.IpOwnerId],
      'association.public-ip': (r) => [r.Association?.PublicIp],
      'association.public-dns-name': (r) => [r.Association?.PublicDnsName],
      'attachment.attach-time': (r) => [r.Attachment?.AttachTime?.toISOString()],
      'attachment.attachment-id': (r) => [r.Attachment?.AttachmentId],
      'attachment.delete-on-termination': (r) => [r.Attachment?.DeleteOnTermination],
      'attachment.device-index': (r) => [r.Attachment?.DeviceIndex],
      'attachment.instance-id': (r) => [r.Attachment?.InstanceId],
      'attachment.instance-owner-id': (r) => [r.Attachment?.InstanceOwnerId],
      'attachment.status': (r) => [r.Attachment?.Status],
      'group-id': (r) => r.Groups.map((group) => group.GroupId),
      'group-name': (r) => r.Groups.map((group) => group.GroupName),
      'addresses.private-ip-address': (r) => r.PrivateIpAddresses.map((address) => address.PrivateIpAddress),
      'addresses.primary': (r) => r.PrivateIpAddresses.map((address) => address.Primary),
      'addresses.association.public-ip': (r) => r.PrivateIpAddresses.map((address) => address.Association?.PublicIp),
      'addresses.association.owner-id': (r) => r.PrivateIpAddresses.map((address) => address.Association?.IpOwnerId),
      'operator.managed': (r) => [r.Operator?.Managed],
    },
  },
};
