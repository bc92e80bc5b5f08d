import type {
  TransitGatewayAttachment,
  TransitGatewayVpcAttachment,
  TransitGatewayVpcAttachmentOptions,
} from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { isGoneIndex, subnetsOfVpc, vpcIndexOf } from './connectivity-layout.js';
import { PAGE_1000 } from './ec2-pages.js';
import { attachmentGatewayIndex, isGoneTransitGateway, TRANSIT_GATEWAY_ROUTE_TABLE } from './transit-layout.js';

type AttachmentFields =
  | 'TransitGatewayAttachmentId'
  | 'TransitGatewayId'
  | 'TransitGatewayOwnerId'
  | 'ResourceOwnerId'
  | 'ResourceType'
  | 'ResourceId'
  | 'State'
  | 'CreationTime';

/**
 * DescribeTransitGatewayAttachments' attachment; a VPC attachment also keeps what DescribeTransitGatewayVpcAttachments
 * shows of it (its subnets and options).
 */
export type SimTransitGatewayAttachment = Tagged<Filled<TransitGatewayAttachment, AttachmentFields>> & {
  SubnetIds: string[];
  VpcOptions?: TransitGatewayVpcAttachmentOptions;
};

const SALT_ATTACHMENT = 44;
const GONE_STATES = ['deleted', 'deleting', 'failed', 'rejected'] as const;
const VPN_CONNECTION = { name: 'vpnConnection', prefix: 'vpn-' };
const VPC_OPTIONS: TransitGatewayVpcAttachmentOptions = Object.freeze({
  DnsSupport: 'enable',
  SecurityGroupReferencingSupport: 'enable',
  Ipv6Support: 'disable',
  ApplianceModeSupport: 'disable',
});

function vpcAttachmentOf(record: SimTransitGatewayAttachment): TransitGatewayVpcAttachment {
  return {
    TransitGatewayAttachmentId: record.TransitGatewayAttachmentId,
    TransitGatewayId: record.TransitGatewayId,
    VpcId: record.ResourceId,
    VpcOwnerId: record.ResourceOwnerId,
    State: record.State,
    SubnetIds: record.SubnetIds,
    CreationTime: record.CreationTime,
    Options: record.VpcOptions ?? VPC_OPTIONS,
    Tags: record.Tags,
  };
}

const ids = {
  member: 'TransitGatewayAttachmentIds',
  notFoundCode: 'InvalidTransitGatewayAttachmentID.NotFound',
  notFoundNoun: 'Transit Gateway Attachment ID',
};

/** Attachments of the scope's transit gateways: VPC attachments in the VPC's subnets, and some VPN ones. */
export const transitGatewayAttachmentKind: KindSpec<'transitGatewayAttachment', SimTransitGatewayAttachment> = {
  kind: 'transitGatewayAttachment',
  idField: 'TransitGatewayAttachmentId',
  ids: { prefix: 'tgw-attach-' },
  counts: { tiny: 2, small: 3, medium: 8, large: 30 },
  needs: ['transitGateway', 'vpc'],
  ownFields: ['SubnetIds', 'VpcOptions'],
  generate(ctx, index) {
    const gateway = attachmentGatewayIndex(ctx, index);
    const hash = ctx.hash(SALT_ATTACHMENT, index, 1);
    const vpn = index % 5 === 3;
    const vpcIndex = vpcIndexOf(ctx, index);
    const state = isGoneTransitGateway(gateway)
      ? 'deleted'
      : isGoneIndex(index, 6)
        ? pick(GONE_STATES, hash)
        : 'available';
    const attachment: SimTransitGatewayAttachment = {
      TransitGatewayAttachmentId: ctx.id('transitGatewayAttachment', index),
      TransitGatewayId: ctx.id('transitGateway', gateway),
      TransitGatewayOwnerId: ctx.accountId,
      ResourceOwnerId: ctx.accountId,
      ResourceType: vpn ? 'vpn' : 'vpc',
      ResourceId: vpn ? ctx.id(VPN_CONNECTION, index) : ctx.id('vpc', vpcIndex),
      State: state,
      CreationTime: ctx.date('2023-02-15T00:00:00Z', 500, ctx.hash(SALT_ATTACHMENT, index, 2)),
      Tags: [{ Key: 'Name', Value: `${vpn ? 'vpn' : 'vpc'}-attachment-${index}` }],
      SubnetIds: vpn ? [] : subnetsOfVpc(ctx, vpcIndex, 3),
    };
    if (state === 'available') {
      attachment.Association = {
        TransitGatewayRouteTableId: ctx.id(TRANSIT_GATEWAY_ROUTE_TABLE, gateway),
        State: 'associated',
      };
    }
    if (!vpn) attachment.VpcOptions = VPC_OPTIONS;
    return attachment;
  },
  isCurrent: (record) => !(GONE_STATES as readonly string[]).includes(record.State),
  describe: {
    operation: 'DescribeTransitGatewayAttachments',
    items: 'TransitGatewayAttachments',
    ids,
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters([
        'TransitGatewayAttachmentId',
        'TransitGatewayId',
        'TransitGatewayOwnerId',
        'ResourceOwnerId',
        'ResourceType',
        'ResourceId',
        'State',
      ]),
      'association.transit-gateway-route-table-id': (r) => [r.Association?.TransitGatewayRouteTableId],
      'association.state': (r) => [r.Association?.State],
    },
  },
  moreDescribes: [
    {
      operation: 'DescribeTransitGatewayVpcAttachments',
      items: 'TransitGatewayVpcAttachments',
      where: (r) => r.ResourceType === 'vpc',
      itemOf: vpcAttachmentOf,
      ids,
      pageLimits: PAGE_1000,
      filters: {
        ...fieldFilters(['TransitGatewayAttachmentId', 'TransitGatewayId', 'State']),
        'vpc-id': (r) => [r.ResourceId],
      },
    },
  ],
};
