import type { Vpc } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';

export class VpcsManager extends ResourceManager<Vpc> {
  readonly kind = 'aws_vpc';
  readonly serviceType = { group: 'VPC', type: 'VPC', name: 'VPC', labels: ['Networking'], family: 'network' };
  readonly uid = arnFor('ec2', 'vpc/');
  readonly mapping = awsMapping<Vpc>({ id: 'VpcId' });
}
