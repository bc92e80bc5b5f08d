import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import { elbv2Uid } from './elbv2-calls.js';
import type { LoadBalancerDetails } from './load-balancers.connector.js';

export class LoadBalancersManager extends ResourceManager<LoadBalancerDetails> {
  readonly kind = 'aws_elbv2_load_balancer';
  readonly serviceType = {
    group: 'ELB',
    type: 'LoadBalancer',
    name: 'ELBv2 Load Balancer',
    labels: ['Networking'],
    family: 'load_balancer',
  };
  readonly uid = elbv2Uid('loadbalancer/');
  readonly mapping = awsMapping<LoadBalancerDetails>({
    id: 'LoadBalancerArn',
    name: 'LoadBalancerName',
    createdAt: 'CreatedTime',
  });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (lb: LoadBalancerDetails) => lb.VpcId),
    edge('in_subnet', SubnetsManager, (lb: LoadBalancerDetails) => lb.AvailabilityZones?.map((zone) => zone.SubnetId)),
    edge('member_of', SecurityGroupsManager, (lb: LoadBalancerDetails) => lb.SecurityGroups),
  ];
}
