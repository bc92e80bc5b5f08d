import type { Vpc } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsTags, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';

export class VpcsManager extends ResourceManager<Vpc> {
  readonly kind = 'aws_vpc';
  readonly serviceType = { group: 'VPC', type: 'VPC', name: 'VPC', labels: ['Networking'] };
  readonly uid = arnFor('ec2', 'vpc/');
  readonly mapping = {
    id: required('VpcId'),
    name: tagOr('Name', 'VpcId'),
    tags: awsTags(),
    data: rawExcept<Vpc>('Tags'),
  };
}
