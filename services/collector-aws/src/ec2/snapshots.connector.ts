import { EC2Client, paginateDescribeSnapshots, type Snapshot } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class SnapshotsConnector extends ResourceConnector<Snapshot> {
  async *items(): AsyncIterable<Snapshot> {
    const pages = paginateDescribeSnapshots({ client: this.client(EC2Client), pageSize: 1000 }, { OwnerIds: ['self'] });
    for await (const page of pages) yield* page.Snapshots ?? [];
  }
}
