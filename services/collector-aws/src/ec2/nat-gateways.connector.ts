import { EC2Client, paginateDescribeNatGateways, type NatGateway } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

// AWS lists deleted (and failed, soon deleted) NAT gateways for about an hour: they are no resources any more.
const GONE = new Set<string>(['deleted', 'deleting', 'failed']);

export class NatGatewaysConnector extends ListingConnector<NatGateway> {
  readonly listing = paginated(EC2Client, paginateDescribeNatGateways, 'NatGateways', {
    keep: (gateway) => gateway.State === undefined || !GONE.has(gateway.State),
  });
}
