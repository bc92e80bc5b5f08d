import type { NatGateway } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { ELASTIC_IP, NETWORK_INTERFACE } from './kind-identities.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

export class NatGatewaysManager extends ResourceManager<NatGateway> {
  readonly kind = 'aws_ec2_nat_gateway';
  readonly serviceType = {
    group: 'VPC',
    type: 'NatGateway',
    name: 'NAT Gateway',
    labels: ['Networking'],
    family: 'gateway',
  };
  readonly uid = arnFor('ec2', 'natgateway/');
  readonly mapping = awsMapping<NatGateway>({ id: 'NatGatewayId', createdAt: 'CreateTime' });
  override readonly relationships = [
    edge('in_subnet', SubnetsManager, (gateway: NatGateway) => gateway.SubnetId),
    edge('in_vpc', VpcsManager, (gateway: NatGateway) => gateway.VpcId),
    edge('uses', ELASTIC_IP, (gateway: NatGateway) => gateway.NatGatewayAddresses?.map((a) => a.AllocationId)),
    edge('uses', NETWORK_INTERFACE, (gateway: NatGateway) =>
      gateway.NatGatewayAddresses?.map((address) => address.NetworkInterfaceId),
    ),
  ];
}
