import type { RouteTable } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from './instances.manager.js';
import { InternetGatewaysManager } from './internet-gateways.manager.js';
import { VPC_ENDPOINT } from './kind-identities.js';
import { NatGatewaysManager } from './nat-gateways.manager.js';
import { NetworkInterfacesManager } from './network-interfaces.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { TransitGatewaysManager } from './transit-gateways.manager.js';
import { VpcPeeringConnectionsManager } from './vpc-peering-connections.manager.js';
import { VpcsManager } from './vpcs.manager.js';

// A route's GatewayId names an internet gateway (igw-), and also a virtual private gateway, an endpoint, or `local`.
const gatewaysOf = (prefix: 'igw-' | 'vpce-') => (table: RouteTable) =>
  table.Routes?.map((route) => (route.GatewayId?.startsWith(prefix) ? route.GatewayId : undefined));

/** A main route table (`Associations[].Main`) is a resource too: it serves every subnet with no table of its own. */
export class RouteTablesManager extends ResourceManager<RouteTable> {
  readonly kind = 'aws_ec2_route_table';
  readonly serviceType = {
    group: 'VPC',
    type: 'RouteTable',
    name: 'Route Table',
    labels: ['Networking'],
    family: 'route_table',
  };
  readonly uid = arnFor('ec2', 'route-table/');
  readonly mapping = awsMapping<RouteTable>({ id: 'RouteTableId' });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (table: RouteTable) => table.VpcId),
    edge('associated_with', SubnetsManager, (table: RouteTable) => table.Associations?.map((a) => a.SubnetId)),
    edge('routes_to', InternetGatewaysManager, gatewaysOf('igw-')),
    edge('routes_to', NatGatewaysManager, (table: RouteTable) => table.Routes?.map((route) => route.NatGatewayId)),
    edge('routes_to', InstancesManager, (table: RouteTable) => table.Routes?.map((route) => route.InstanceId)),
    edge('routes_to', NetworkInterfacesManager, (table: RouteTable) =>
      table.Routes?.map((route) => route.NetworkInterfaceId),
    ),
    edge('routes_to', TransitGatewaysManager, (table: RouteTable) =>
      table.Routes?.map((route) => route.TransitGatewayId),
    ),
    edge('routes_to', VpcPeeringConnectionsManager, (table: RouteTable) =>
      table.Routes?.map((route) => route.VpcPeeringConnectionId),
    ),
    // a gateway endpoint (S3, DynamoDB) is a route's GatewayId, for the destination of its prefix list
    edge('routes_to', VPC_ENDPOINT, gatewaysOf('vpce-')),
  ];
}
