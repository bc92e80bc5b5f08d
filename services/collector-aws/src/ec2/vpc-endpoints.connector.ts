import { EC2Client, paginateDescribeVpcEndpoints, type VpcEndpoint } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';
import { stateIsNot } from './current-states.js';

// EC2 lists deleted, rejected, failed and expired endpoints for a while after they are gone.
const GONE = ['deleted', 'deleting', 'failed', 'rejected', 'expired'];

export class VpcEndpointsConnector extends ListingConnector<VpcEndpoint> {
  readonly listing = paginated(EC2Client, paginateDescribeVpcEndpoints, 'VpcEndpoints', {
    keep: stateIsNot(GONE, (endpoint: VpcEndpoint) => endpoint.State),
  });
}
