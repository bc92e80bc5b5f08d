import type { Vpc } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { vpcUid } from '../ec2/uids.js';

export class VpcsManager extends ResourceManager<Vpc> {
  readonly kind = 'aws_vpc';
  readonly serviceType = { group: 'VPC', type: 'VPC', name: 'VPC', labels: ['Networking'] };
  readonly uid = vpcUid;
  readonly mapping = {
    id: required('VpcId'),
    name: tagOr('Name', 'VpcId'),
    tags: awsTags(),
    data: rawExcept<Vpc>('Tags'),
  };
}
