import { ResourceManager, arnFor, awsMapping, edge, ref } from '@cloud-inventory/collector-kit';
import { SubnetsManager } from './subnets.manager.js';
import type { TransitGatewayAttachmentDetails as Attachment } from './transit-gateway-attachments.connector.js';
import { TransitGatewaysManager } from './transit-gateways.manager.js';
import { VpcsManager } from './vpcs.manager.js';

// The gateway may be shared from another account (RAM), the VPC and subnets may be another account's.
const inResourceAccount = (a: Attachment, id: string | undefined) => ref(id, { account: a.ResourceOwnerId });

export class TransitGatewayAttachmentsManager extends ResourceManager<Attachment> {
  readonly kind = 'aws_ec2_transit_gateway_attachment';
  readonly serviceType = {
    group: 'VPC',
    type: 'TransitGatewayAttachment',
    name: 'Transit Gateway Attachment',
    labels: ['Networking'],
    family: 'network_link',
  };
  readonly uid = arnFor('ec2', 'transit-gateway-attachment/');
  readonly mapping = awsMapping<Attachment>({ id: 'TransitGatewayAttachmentId', createdAt: 'CreationTime' });
  override readonly relationships = [
    edge('belongs_to', TransitGatewaysManager, (a: Attachment) =>
      ref(a.TransitGatewayId, { account: a.TransitGatewayOwnerId }),
    ),
    edge('connects', VpcsManager, (a: Attachment) =>
      a.ResourceType === 'vpc' ? inResourceAccount(a, a.ResourceId) : undefined,
    ),
    edge('in_subnet', SubnetsManager, (a: Attachment) => a.SubnetIds?.map((id) => inResourceAccount(a, id))),
  ];
}
