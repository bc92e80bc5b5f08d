import type { InternetGateway } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { VpcsManager } from './vpcs.manager.js';

export class InternetGatewaysManager extends ResourceManager<InternetGateway> {
  readonly kind = 'aws_ec2_internet_gateway';
  readonly serviceType = {
    group: 'VPC',
    type: 'InternetGateway',
    name: 'Internet Gateway',
    labels: ['Networking'],
    family: 'gateway',
  };
  readonly uid = arnFor('ec2', 'internet-gateway/');
  readonly mapping = awsMapping<InternetGateway>({ id: 'InternetGatewayId' });
  override readonly relationships = [
    edge('attached_to', VpcsManager, (gateway: InternetGateway) => gateway.Attachments?.map((a) => a.VpcId)),
  ];
}
