import type { TransitGateway, TransitGatewayOptions } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import { fieldFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { PAGE_1000 } from './ec2-pages.js';
import { isGoneTransitGateway, TRANSIT_GATEWAY_ROUTE_TABLE } from './transit-layout.js';

type GatewayOptions = Filled<
  TransitGatewayOptions,
  | 'AmazonSideAsn'
  | 'AutoAcceptSharedAttachments'
  | 'DefaultRouteTableAssociation'
  | 'DefaultRouteTablePropagation'
  | 'VpnEcmpSupport'
  | 'DnsSupport'
  | 'SecurityGroupReferencingSupport'
  | 'MulticastSupport'
>;

export type SimTransitGateway = Tagged<
  Omit<
    Filled<
      TransitGateway,
      'TransitGatewayId' | 'TransitGatewayArn' | 'State' | 'OwnerId' | 'Description' | 'CreationTime'
    >,
    'Options'
  >
> & { Options: GatewayOptions };

const SALT_TRANSIT_GATEWAY = 43;
const GONE_STATES = ['deleted', 'deleting'] as const;

export const transitGatewayKind: KindSpec<'transitGateway', SimTransitGateway> = {
  kind: 'transitGateway',
  idField: 'TransitGatewayId',
  ids: { prefix: 'tgw-' },
  counts: { tiny: 1, small: 2, medium: 3, large: 5 },
  generate(ctx, index) {
    const gatewayId = ctx.id('transitGateway', index);
    const routeTable = ctx.id(TRANSIT_GATEWAY_ROUTE_TABLE, index);
    const hash = ctx.hash(SALT_TRANSIT_GATEWAY, index, 1);
    return {
      TransitGatewayId: gatewayId,
      TransitGatewayArn: ctx.arn('ec2', `transit-gateway/${gatewayId}`),
      State: isGoneTransitGateway(index) ? pick(GONE_STATES, hash) : 'available',
      OwnerId: ctx.accountId,
      Description: `transit gateway ${index}`,
      CreationTime: ctx.date('2023-01-15T00:00:00Z', 500, ctx.hash(SALT_TRANSIT_GATEWAY, index, 2)),
      Options: {
        AmazonSideAsn: 64512 + index,
        AutoAcceptSharedAttachments: 'disable',
        DefaultRouteTableAssociation: 'enable',
        AssociationDefaultRouteTableId: routeTable,
        DefaultRouteTablePropagation: 'enable',
        PropagationDefaultRouteTableId: routeTable,
        VpnEcmpSupport: 'enable',
        DnsSupport: 'enable',
        SecurityGroupReferencingSupport: 'disable',
        MulticastSupport: 'disable',
      },
      Tags: [{ Key: 'Name', Value: `tgw-${index}` }, environmentTag(ctx, SALT_TRANSIT_GATEWAY, index)],
    };
  },
  isCurrent: (record) => !(GONE_STATES as readonly string[]).includes(record.State),
  describe: {
    operation: 'DescribeTransitGateways',
    items: 'TransitGateways',
    ids: {
      member: 'TransitGatewayIds',
      notFoundCode: 'InvalidTransitGatewayID.NotFound',
      notFoundNoun: 'Transit Gateway ID',
    },
    pageLimits: PAGE_1000,
    filters: {
      ...fieldFilters(['TransitGatewayId', 'OwnerId', 'State']),
      'options.amazon-side-asn': (r) => [r.Options.AmazonSideAsn],
      'options.association-default-route-table-id': (r) => [r.Options.AssociationDefaultRouteTableId],
      'options.propagation-default-route-table-id': (r) => [r.Options.PropagationDefaultRouteTableId],
      'options.auto-accept-shared-attachments': (r) => [r.Options.AutoAcceptSharedAttachments],
      'options.default-route-table-association': (r) => [r.Options.DefaultRouteTableAssociation],
      'options.default-route-table-propagation': (r) => [r.Options.DefaultRouteTablePropagation],
      'options.dns-support': (r) => [r.Options.DnsSupport],
      'options.vpn-ecmp-support': (r) => [r.Options.VpnEcmpSupport],
    },
  },
};
