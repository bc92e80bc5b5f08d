import type { Address } from '@aws-sdk/client-ec2';
import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { InstancesManager } from './instances.manager.js';
import { ELASTIC_IP } from './kind-identities.js';
import { NetworkInterfacesManager } from './network-interfaces.manager.js';

export class ElasticIpsManager extends ResourceManager<Address> {
  readonly kind = ELASTIC_IP.kind;
  readonly serviceType = {
    group: 'EC2',
    type: 'ElasticIp',
    name: 'Elastic IP',
    labels: ['Networking'],
    family: 'ip_address',
  };
  readonly uid = ELASTIC_IP.uid;
  readonly mapping = awsMapping<Address>({ id: 'AllocationId' });
  override readonly relationships = [
    edge('associated_with', InstancesManager, (address: Address) => address.InstanceId),
    edge('associated_with', NetworkInterfacesManager, (address: Address) => address.NetworkInterfaceId),
  ];
}
