import { EC2Client, paginateDescribeSecurityGroups, type SecurityGroup } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class SecurityGroupsConnector extends ResourceConnector<SecurityGroup> {
  async *items(): AsyncIterable<SecurityGroup> {
    for await (const page of paginateDescribeSecurityGroups({ client: this.client(EC2Client), pageSize: 1000 }, {})) {
      yield* page.SecurityGroups ?? [];
    }
  }
}
