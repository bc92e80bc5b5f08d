import { EC2Client, paginateDescribeVpcs, type Vpc } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class VpcsConnector extends ResourceConnector<Vpc> {
  async *items(): AsyncIterable<Vpc> {
    for await (const page of paginateDescribeVpcs({ client: this.client(EC2Client), pageSize: 1000 }, {})) {
      yield* page.Vpcs ?? [];
    }
  }
}
