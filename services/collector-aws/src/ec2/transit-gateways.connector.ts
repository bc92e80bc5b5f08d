import { EC2Client, paginateDescribeTransitGateways, type TransitGateway } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';
import { stateIsNot } from './current-states.js';

export class TransitGatewaysConnector extends ListingConnector<TransitGateway> {
  readonly listing = paginated(EC2Client, paginateDescribeTransitGateways, 'TransitGateways', {
    keep: stateIsNot(['deleted', 'deleting'], (gateway: TransitGateway) => gateway.State),
  });
}
