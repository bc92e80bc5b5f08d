import type { TransitGateway } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';

export class TransitGatewaysManager extends ResourceManager<TransitGateway> {
  readonly kind = 'aws_ec2_transit_gateway';
  readonly serviceType = {
    group: 'VPC',
    type: 'TransitGateway',
    name: 'Transit Gateway',
    labels: ['Networking'],
    family: 'gateway',
  };
  readonly uid = arnFor('ec2', 'transit-gateway/');
  readonly mapping = awsMapping<TransitGateway>({ id: 'TransitGatewayId', createdAt: 'CreationTime' });
}
