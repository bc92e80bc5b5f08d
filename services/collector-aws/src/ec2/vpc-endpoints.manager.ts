import type { VpcEndpoint } from '@aws-sdk/client-ec2';
import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { VPC_ENDPOINT } from './kind-identities.js';
import { RouteTablesManager } from './route-tables.manager.js';
import { SecurityGroupsManager } from './security-groups.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

export class VpcEndpointsManager extends ResourceManager<VpcEndpoint> {
  readonly kind = VPC_ENDPOINT.kind;
  readonly serviceType = {
    group: 'VPC',
    type: 'VpcEndpoint',
    name: 'VPC Endpoint',
    labels: ['Networking'],
    family: 'endpoint',
  };
  readonly uid = VPC_ENDPOINT.uid;
  readonly mapping = awsMapping<VpcEndpoint>({ id: 'VpcEndpointId', createdAt: 'CreationTimestamp' });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (e: VpcEndpoint) => e.VpcId),
    edge('in_subnet', SubnetsManager, (e: VpcEndpoint) => e.SubnetIds),
    edge('member_of', SecurityGroupsManager, (e: VpcEndpoint) => e.Groups?.map((group) => group.GroupId)),
    // a gateway endpoint's route tables, whose routes to its prefix list go through it
    edge('associated_with', RouteTablesManager, (e: VpcEndpoint) => e.RouteTableIds),
  ];
}
