import {
  EC2Client,
  paginateDescribeTransitGatewayAttachments,
  paginateDescribeTransitGatewayVpcAttachments,
  type TransitGatewayAttachment,
  type TransitGatewayVpcAttachment,
  type TransitGatewayVpcAttachmentOptions,
} from '@aws-sdk/client-ec2';
import { paginated } from '@cloud-inventory/collector-kit';
import { stateIsNot } from './current-states.js';
import { JoinedConnector } from './joined-connector.js';

/** An attachment, with the subnets and options of its VPC attachment where it attaches a VPC. */
export interface TransitGatewayAttachmentDetails extends TransitGatewayAttachment {
  SubnetIds?: string[];
  VpcOptions?: TransitGatewayVpcAttachmentOptions;
}

const GONE = ['deleted', 'deleting', 'failed', 'failing', 'rejected', 'rejecting'];

export class TransitGatewayAttachmentsConnector extends JoinedConnector<
  TransitGatewayAttachment,
  TransitGatewayVpcAttachment,
  TransitGatewayAttachmentDetails
> {
  readonly listing = paginated(EC2Client, paginateDescribeTransitGatewayAttachments, 'TransitGatewayAttachments', {
    keep: stateIsNot(GONE, (attachment: TransitGatewayAttachment) => attachment.State),
  });
  // Only DescribeTransitGatewayVpcAttachments names an attachment's subnets.
  readonly details = paginated(EC2Client, paginateDescribeTransitGatewayVpcAttachments, 'TransitGatewayVpcAttachments');

  keyOf = (attachment: TransitGatewayAttachment) => attachment.TransitGatewayAttachmentId;
  detailKeyOf = (vpcAttachment: TransitGatewayVpcAttachment) => vpcAttachment.TransitGatewayAttachmentId;
  keep = (vpcAttachment: TransitGatewayVpcAttachment) => vpcAttachment;

  join(attachment: TransitGatewayAttachment, [vpc]: readonly TransitGatewayVpcAttachment[]) {
    const details: TransitGatewayAttachmentDetails = { ...attachment };
    if (vpc?.SubnetIds) details.SubnetIds = vpc.SubnetIds;
    if (vpc?.Options) details.VpcOptions = vpc.Options;
    return details;
  }
}
