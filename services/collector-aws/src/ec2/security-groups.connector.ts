import { EC2Client, paginateDescribeSecurityGroups, type SecurityGroup } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class SecurityGroupsConnector extends ListingConnector<SecurityGroup> {
  readonly listing = paginated(EC2Client, paginateDescribeSecurityGroups, 'SecurityGroups');
}
