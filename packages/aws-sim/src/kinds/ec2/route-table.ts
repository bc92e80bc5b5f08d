import type { Route, RouteTable, RouteTableAssociation } from '@aws-sdk/client-ec2';
import type { ScopeContext } from '../../world/scope-context.js';
import { fieldFilters, partFilters } from '../ec2-describe.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { eniIdOf } from './eni-sources.js';
import { PAGE_100 } from './ec2-pages.js';
import { vpcCidrPrefix } from './network-layout.js';
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
 * A vpc's local route, and a default route: to its internet gateway from its main table in the default vpc and from
 * its odd custom tables (public subnets), to its NAT gateway from its even ones (private subnets); every third custom
 * table sends a prefix through an appliance instance's ENI.
 */
function routesOf(ctx: ScopeContext, vpcIndex: number, ordinal: number): Route[] {
  const routes: Route[] = [
    {
      DestinationCidrBlock: `${vpcCidrPrefix(vpcIndex)}.0.0/16`,
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
    Routes: routesOf(ctx, part.vpcIndex, part.ordinal),
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
