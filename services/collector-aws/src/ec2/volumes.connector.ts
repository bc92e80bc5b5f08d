import { EC2Client, paginateDescribeVolumes, type Volume } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class VolumesConnector extends ResourceConnector<Volume> {
  async *items(): AsyncIterable<Volume> {
    for await (const page of paginateDescribeVolumes({ client: this.client(EC2Client), pageSize: 500 }, {})) {
      yield* page.Volumes ?? [];
    }
  }
}
