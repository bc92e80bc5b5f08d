import type { Route, RouteTable, RouteTableAssociation } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters, partFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { eniIdOf } from './eni-sources.js';
import { PAGE_100 } from './ec2-pages.js';
import { vpcCidrPrefix } from './network-layout.js';
import { transitGatewayAttachmentKind } from './transit-gateway-attachment.js';
import { endpointService, gatewayEndpointsOfRouteTable, servicePrefixList } from './vpc-endpoint-layout.js';
import { vpcPeeringConnectionKind } from './vpc-peering-connection.js';
import {
  applianceInstanceOfVpc,
  internetGatewayOfVpc,
  natGatewayOfVpc,
  routeTableSubnets,
  vpcPartOf,
} from './vpc-routing-layout.js';

export type SimRouteTable = Tagged<
  Filled<RouteTable, 'RouteTableId' | 'VpcId' | 'OwnerId' | 'Associations' | 'Routes' | 'PropagatingVgws'>
>;

const SALT_ROUTE_TABLE = 17;
const MAIN_ASSOCIATION = { name: 'mainRouteTableAssociation', prefix: 'rtbassoc-' };
const SUBNET_ASSOCIATION = { name: 'subnetRouteTableAssociation', prefix: 'rtbassoc-' };
const ASSOCIATED = Object.freeze({ State: 'associated' } as const);

function route(fields: Route): Route {
  return { Origin: 'CreateRoute', State: 'active', ...fields };
}

/**
 * Routes of vpc v's private tables (its main table and even custom ones) to other networks: 10.0.0.0/8 through the
 * transit gateway of attachment v (which is in vpc v) when it is an available VPC attachment, and the accepter's
 * CIDR through peering v (whose requester is vpc v) when it is active.
 */
function interVpcRoutes(ctx: ScopeContext, vpcIndex: number): Route[] {
  const routes: Route[] = [];
  if (vpcIndex < ctx.counts.transitGatewayAttachment && vpcIndex < ctx.counts.transitGateway) {
    const attachment = transitGatewayAttachmentKind.generate(ctx, vpcIndex);
    if (attachment.State === 'available' && attachment.ResourceType === 'vpc')
      routes.push(route({ DestinationCidrBlock: '10.0.0.0/8', TransitGatewayId: attachment.TransitGatewayId }));
  }
  if (vpcIndex < ctx.counts.vpcPeeringConnection) {
    const peering = vpcPeeringConnectionKind.generate(ctx, vpcIndex);
    const remote = peering.AccepterVpcInfo.CidrBlock;
    if (peering.Status.Code === 'active' && remote !== localCidr(vpcIndex))
      routes.push(route({ DestinationCidrBlock: remote, VpcPeeringConnectionId: peering.VpcPeeringConnectionId }));
  }
  return routes;
}

/** A gateway endpoint's route on its route table: its service's prefix list through the endpoint. */
function endpointRoutes(ctx: ScopeContext, tableIndex: number): Route[] {
  return gatewayEndpointsOfRouteTable(ctx, tableIndex).map((endpoint) =>
    route({
      DestinationPrefixListId: servicePrefixList(ctx.region, endpointService(ctx, endpoint)),
      GatewayId: ctx.id('vpcEndpoint', endpoint),
    }),
  );
}

function localCidr(vpcIndex: number): string {
  return `${vpcCidrPrefix(vpcIndex)}.0.0/16`;
}

/**
 * A vpc's local route, and a default route: to its internet gateway from its main table in the default vpc and from
 * its odd custom tables (public subnets), to its NAT gateway from its even ones (private subnets); every third custom
 * table sends a prefix through an appliance instance's ENI; private tables reach other VPCs (`interVpcRoutes`), main
 * tables the gateway endpoints associated with them.
 */
function routesOf(ctx: ScopeContext, tableIndex: number, vpcIndex: number, ordinal: number): Route[] {
  const routes: Route[] = [
    {
      DestinationCidrBlock: localCidr(vpcIndex),
      GatewayId: 'local',
      Origin: 'CreateRouteTable',
      State: 'active',
    },
  ];
  const internetGateway = internetGatewayOfVpc(ctx, vpcIndex);
  const natGateway = natGatewayOfVpc(ctx, vpcIndex);
  const isPublic = ordinal === 0 ? vpcIndex === 0 : ordinal % 2 === 1;
  if (isPublic && internetGateway !== undefined) {
    routes.push(route({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: ctx.id('internetGateway', internetGateway) }));
  } else if (!isPublic && ordinal > 0 && natGateway !== undefined) {
    routes.push(route({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: ctx.id('natGateway', natGateway) }));
  }
  const appliance = applianceInstanceOfVpc(ctx, vpcIndex);
  if (ordinal % 3 === 2 && appliance !== undefined) {
    routes.push(
      route({
        DestinationCidrBlock: '192.168.0.0/16',
        InstanceId: ctx.id('instance', appliance),
        InstanceOwnerId: ctx.accountId,
        NetworkInterfaceId: eniIdOf(ctx, 'instance', appliance),
      }),
    );
  }
  if (!isPublic) routes.push(...interVpcRoutes(ctx, vpcIndex));
  if (ordinal === 0) routes.push(...endpointRoutes(ctx, tableIndex));
  return routes;
}

function generateRouteTable(ctx: ScopeContext, index: number): SimRouteTable {
  const part = vpcPartOf(ctx, index);
  const routeTableId = ctx.id('routeTable', index);
  const associations: RouteTableAssociation[] =
    part.ordinal === 0
      ? [
          {
            Main: true,
            RouteTableAssociationId: ctx.id(MAIN_ASSOCIATION, part.vpcIndex),
            RouteTableId: routeTableId,
            AssociationState: ASSOCIATED,
          },
        ]
      : routeTableSubnets(ctx, part).map((subnetIndex) => ({
          Main: false,
          RouteTableAssociationId: ctx.id(SUBNET_ASSOCIATION, subnetIndex),
          RouteTableId: routeTableId,
          SubnetId: ctx.id('subnet', subnetIndex),
          AssociationState: ASSOCIATED,
        }));
  return {
    RouteTableId: routeTableId,
    VpcId: ctx.id('vpc', part.vpcIndex),
    OwnerId: ctx.accountId,
    Associations: associations,
    Routes: routesOf(ctx, index, part.vpcIndex, part.ordinal),
    PropagatingVgws: [],
    Tags:
      part.ordinal === 0
        ? []
        : [
            { Key: 'Name', Value: `${part.ordinal % 2 === 1 ? 'public' : 'private'}-rt-${index}` },
            environmentTag(ctx, SALT_ROUTE_TABLE, index),
          ],
  };
}

export const routeTableKind: KindSpec<'routeTable', SimRouteTable> = {
  kind: 'routeTable',
  idField: 'RouteTableId',
  ids: { prefix: 'rtb-' },
  counts: { tiny: 2, small: 5, medium: 14, large: 40 },
  needs: ['vpc'],
  generate: generateRouteTable,
  describe: {
    operation: 'DescribeRouteTables',
    items: 'RouteTables',
    ids: { member: 'RouteTableIds', notFoundCode: 'InvalidRouteTableID.NotFound', notFoundNoun: 'routeTable ID' },
    pageLimits: PAGE_100,
    filters: {
      ...fieldFilters(['RouteTableId', 'VpcId', 'OwnerId']),
      ...partFilters((r) => r.Associations, {
        'association.route-table-association-id': 'RouteTableAssociationId',
        'association.route-table-id': 'RouteTableId',
        'association.subnet-id': 'SubnetId',
        'association.gateway-id': 'GatewayId',
        'association.main': 'Main',
      }),
      ...partFilters((r) => r.Routes, {
        'route.destination-cidr-block': 'DestinationCidrBlock',
        'route.destination-ipv6-cidr-block': 'DestinationIpv6CidrBlock',
        'route.destination-prefix-list-id': 'DestinationPrefixListId',
        'route.egress-only-internet-gateway-id': 'EgressOnlyInternetGatewayId',
        'route.gateway-id': 'GatewayId',
        'route.instance-id': 'InstanceId',
        'route.nat-gateway-id': 'NatGatewayId',
        'route.transit-gateway-id': 'TransitGatewayId',
        'route.vpc-peering-connection-id': 'VpcPeeringConnectionId',
        'route.origin': 'Origin',
        'route.state': 'State',
      }),
    },
  },
};
