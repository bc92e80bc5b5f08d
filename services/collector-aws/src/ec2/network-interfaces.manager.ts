import type { NetworkInterface } from '@aws-sdk/client-ec2';
import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { MountTargetsManager } from '../efs/mount-targets.manager.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import { servedBy } from './eni-served.js';
import { InstancesManager } from './instances.manager.js';
import { NETWORK_INTERFACE, VPC_ENDPOINT } from './kind-identities.js';
import { NatGatewaysManager } from './nat-gateways.manager.js';
import { SecurityGroupsManager } from './security-groups.manager.js';
import { SubnetsManager } from './subnets.manager.js';
import { VpcsManager } from './vpcs.manager.js';

export class NetworkInterfacesManager extends ResourceManager<NetworkInterface> {
  readonly kind = NETWORK_INTERFACE.kind;
  readonly serviceType = {
    group: 'EC2',
    type: 'NetworkInterface',
    name: 'Network Interface',
    labels: ['Networking'],
    family: 'network_interface',
  };
  readonly uid = NETWORK_INTERFACE.uid;
  readonly mapping = awsMapping<NetworkInterface>({ id: 'NetworkInterfaceId', tags: 'TagSet' });
  override readonly relationships = [
    edge('in_subnet', SubnetsManager, (eni: NetworkInterface) => eni.SubnetId),
    edge('in_vpc', VpcsManager, (eni: NetworkInterface) => eni.VpcId),
    edge('member_of', SecurityGroupsManager, (eni: NetworkInterface) => eni.Groups?.map((group) => group.GroupId)),
    edge('attached_to', InstancesManager, (eni: NetworkInterface) => eni.Attachment?.InstanceId),
    edge('attached_to', NatGatewaysManager, (eni: NetworkInterface) => servedBy(eni, 'nat_gateway')),
    edge('attached_to', LoadBalancersManager, (eni: NetworkInterface) => servedBy(eni, 'elbv2_load_balancer')),
    edge('attached_to', ClassicLoadBalancersManager, (eni: NetworkInterface) => servedBy(eni, 'elb_load_balancer')),
    edge('attached_to', FunctionsManager, (eni: NetworkInterface) => servedBy(eni, 'lambda_function')),
    edge('attached_to', MountTargetsManager, (eni: NetworkInterface) => servedBy(eni, 'efs_mount_target')),
    edge('attached_to', VPC_ENDPOINT, (eni: NetworkInterface) => servedBy(eni, 'vpc_endpoint')),
  ];
}
