import type { VpcEndpoint } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from './security-groups.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

export class VpcEndpointsManager extends ResourceManager<VpcEndpoint> {
  readonly kind = 'aws_ec2_vpc_endpoint';
  readonly serviceType = { group: 'VPC', type: 'VpcEndpoint', name: 'VPC Endpoint', labels: ['Networking'] };
  readonly uid = arnFor('ec2', 'vpc-endpoint/');
  readonly mapping = awsMapping<VpcEndpoint>({ id: 'VpcEndpointId', createdAt: 'CreationTimestamp' });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (e: VpcEndpoint) => e.VpcId),
    edge('in_subnet', SubnetsManager, (e: VpcEndpoint) => e.SubnetIds),
    edge('member_of', SecurityGroupsManager, (e: VpcEndpoint) => e.Groups?.map((group) => group.GroupId)),
  ];
}
