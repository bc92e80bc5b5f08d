import { EC2Client, paginateDescribeVpcPeeringConnections, type VpcPeeringConnection } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';
import { stateIsNot } from './current-states.js';

// Rejected, expired and failed requests stay listed for days, deleted peerings for hours.
const GONE = ['deleted', 'deleting', 'rejected', 'expired', 'failed'];

export class VpcPeeringConnectionsConnector extends ListingConnector<VpcPeeringConnection> {
  readonly listing = paginated(EC2Client, paginateDescribeVpcPeeringConnections, 'VpcPeeringConnections', {
    keep: stateIsNot(GONE, (peering: VpcPeeringConnection) => peering.Status?.Code),
  });
}
