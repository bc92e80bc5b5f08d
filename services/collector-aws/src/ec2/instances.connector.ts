import { EC2Client, paginateDescribeInstances, type Instance } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class InstancesConnector extends ResourceConnector<Instance> {
  async *items(): AsyncIterable<Instance> {
    for await (const page of paginateDescribeInstances({ client: this.client(EC2Client), pageSize: 1000 }, {})) {
      for (const reservation of page.Reservations ?? []) yield* reservation.Instances ?? [];
    }
  }
}
