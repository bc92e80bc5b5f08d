import type { Subnet } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { VpcsManager } from './vpcs.manager.js';

export class SubnetsManager extends ResourceManager<Subnet> {
  readonly kind = 'aws_subnet';
  readonly serviceType = { group: 'VPC', type: 'Subnet', name: 'Subnet', labels: ['Networking'], family: 'subnet' };
  readonly uid = arnFor('ec2', 'subnet/');
  readonly mapping = awsMapping<Subnet>({ id: 'SubnetId' });
  override readonly relationships = [edge('in_vpc', VpcsManager, (subnet: Subnet) => subnet.VpcId)];
}
