import type { Subnet } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { subnetUid, vpcUid } from '../ec2/uids.js';

export class SubnetsManager extends ResourceManager<Subnet> {
  readonly kind = 'aws_subnet';
  readonly serviceType = { group: 'VPC', type: 'Subnet', name: 'Subnet', labels: ['Networking'] };
  readonly uid = subnetUid;
  readonly mapping = {
    id: required('SubnetId'),
    name: tagOr('Name', 'SubnetId'),
    tags: awsTags(),
    data: rawExcept<Subnet>('Tags'),
  };
  override readonly relationships = [
    { type: 'in_vpc', to: 'aws_vpc', uid: vpcUid, ids: (subnet: Subnet) => subnet.VpcId },
  ];
}
