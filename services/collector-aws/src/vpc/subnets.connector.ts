import { EC2Client, paginateDescribeSubnets, type Subnet } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class SubnetsConnector extends ResourceConnector<Subnet> {
  async *items(): AsyncIterable<Subnet> {
    for await (const page of paginateDescribeSubnets({ client: this.client(EC2Client), pageSize: 1000 }, {})) {
      yield* page.Subnets ?? [];
    }
  }
}
