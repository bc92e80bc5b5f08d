import { describe, expect, it } from '@jest/globals';
import type { RouteTable } from '@aws-sdk/client-ec2';
import { RouteTablesManager } from './route-tables.manager.js';

const scope = { partition: 'aws', account: '123456789012', region: 'eu-west-1' };
const arn = (resource: string) => `arn:aws:ec2:eu-west-1:123456789012:${resource}`;

// A route table as DescribeRouteTables answers it: GatewayId names internet gateways, and also `local` and others.
const table: RouteTable = {
  RouteTableId: 'rtb-0123456789abcdef0',
  VpcId: 'vpc-0123456789abcdef0',
  Associations: [
    {
      Main: false,
      RouteTableAssociationId: 'rtbassoc-0a',
      RouteTableId: 'rtb-0123456789abcdef0',
      SubnetId: 'subnet-0a',
    },
    { Main: false, RouteTableAssociationId: 'rtbassoc-0b', RouteTableId: 'rtb-0123456789abcdef0', GatewayId: 'igw-0b' },
  ],
  Routes: [
    { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
    { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0c', Origin: 'CreateRoute', State: 'active' },
    { DestinationCidrBlock: '172.16.0.0/12', GatewayId: 'vgw-0d', Origin: 'EnableVgwRoutePropagation' },
    { DestinationPrefixListId: 'pl-63a5400a', GatewayId: 'vpce-0e', Origin: 'CreateRoute' },
    { DestinationCidrBlock: '10.1.0.0/16', NatGatewayId: 'nat-0f' },
    { DestinationCidrBlock: '192.168.0.0/16', InstanceId: 'i-01', NetworkInterfaceId: 'eni-02' },
    { DestinationCidrBlock: '10.9.0.0/16', TransitGatewayId: 'tgw-03' },
    { DestinationCidrBlock: '10.8.0.0/16', VpcPeeringConnectionId: 'pcx-04' },
  ],
};

describe('route tables', () => {
  it('route to the gateways, endpoints and peerings their routes name, not to `local` or a virtual private gateway', () => {
    expect(new RouteTablesManager().map(table, scope).relationships).toEqual([
      { type: 'in_vpc', target_kind: 'aws_vpc', target_uid: arn('vpc/vpc-0123456789abcdef0') },
      { type: 'associated_with', target_kind: 'aws_subnet', target_uid: arn('subnet/subnet-0a') },
      { type: 'routes_to', target_kind: 'aws_ec2_internet_gateway', target_uid: arn('internet-gateway/igw-0c') },
      { type: 'routes_to', target_kind: 'aws_ec2_nat_gateway', target_uid: arn('natgateway/nat-0f') },
      { type: 'routes_to', target_kind: 'aws_ec2_instance', target_uid: arn('instance/i-01') },
      { type: 'routes_to', target_kind: 'aws_ec2_network_interface', target_uid: arn('network-interface/eni-02') },
      { type: 'routes_to', target_kind: 'aws_ec2_transit_gateway', target_uid: arn('transit-gateway/tgw-03') },
      {
        type: 'routes_to',
        target_kind: 'aws_ec2_vpc_peering_connection',
        target_uid: arn('vpc-peering-connection/pcx-04'),
      },
      { type: 'routes_to', target_kind: 'aws_ec2_vpc_endpoint', target_uid: arn('vpc-endpoint/vpce-0e') },
    ]);
  });
});
