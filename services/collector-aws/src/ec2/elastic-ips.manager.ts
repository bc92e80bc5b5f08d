import type { Address } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { elasticIpUid, instanceUid } from './uids.js';

export class ElasticIpsManager extends ResourceManager<Address> {
  readonly kind = 'aws_ec2_elastic_ip';
  readonly serviceType = { group: 'EC2', type: 'ElasticIp', name: 'Elastic IP', labels: ['Networking'] };
  readonly uid = elasticIpUid;
  readonly mapping = {
    id: required('AllocationId'),
    name: tagOr('Name', 'AllocationId'),
    tags: awsTags(),
    data: rawExcept<Address>('Tags'),
  };
  override readonly relationships = [
    {
      type: 'associated_with',
      to: 'aws_ec2_instance',
      uid: instanceUid,
      ids: (address: Address) => address.InstanceId,
    },
  ];
}
