import { EC2Client, paginateDescribeInstances, type Instance } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class InstancesConnector extends ListingConnector<Instance> {
  readonly listing = paginated(EC2Client, paginateDescribeInstances, 'Reservations[].Instances');
}
