import type { Address } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from './instances.manager.js';

export class ElasticIpsManager extends ResourceManager<Address> {
  readonly kind = 'aws_ec2_elastic_ip';
  readonly serviceType = { group: 'EC2', type: 'ElasticIp', name: 'Elastic IP', labels: ['Networking'] };
  readonly uid = arnFor('ec2', 'elastic-ip/');
  readonly mapping = awsMapping<Address>({ id: 'AllocationId' });
  override readonly relationships = [
    edge('associated_with', InstancesManager, (address: Address) => address.InstanceId),
  ];
}
