import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { SecurityGroupsManager } from '../ec2/security-groups.manager.js';
import { SubnetsManager } from '../ec2/subnets.manager.js';
import { VpcsManager } from '../ec2/vpcs.manager.js';
import type { ClassicLoadBalancerDetails } from './classic-load-balancers.connector.js';

type Classic = ClassicLoadBalancerDetails;

export class ClassicLoadBalancersManager extends ResourceManager<Classic> {
  readonly kind = 'aws_elb_load_balancer';
  readonly serviceType = {
    group: 'ELB',
    type: 'ClassicLoadBalancer',
    name: 'Classic Load Balancer',
    labels: ['Networking'],
    family: 'load_balancer',
  };
  // A classic load balancer's ARN is its name under loadbalancer/, which its ENIs' descriptions name too.
  readonly uid = arnFor('elasticloadbalancing', 'loadbalancer/');
  readonly mapping = awsMapping<Classic>({
    id: 'LoadBalancerName',
    name: 'LoadBalancerName',
    createdAt: 'CreatedTime',
  });
  override readonly relationships = [
    edge('in_vpc', VpcsManager, (balancer: Classic) => balancer.VPCId),
    edge('in_subnet', SubnetsManager, (balancer: Classic) => balancer.Subnets),
    edge('member_of', SecurityGroupsManager, (balancer: Classic) => balancer.SecurityGroups),
    edge('routes_to', InstancesManager, (balancer: Classic) =>
      balancer.Instances?.map((instance) => instance.InstanceId),
    ),
  ];
}
