import { DescribeRegionsCommand, EC2Client, type Region } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

const notEnabled = new Set(['not-opted-in']);

/** The account's enabled regions: opt-in regions that are not enabled are left out. */
export class RegionsConnector extends ResourceConnector<Region> {
  async *items(): AsyncIterable<Region> {
    const output = await this.client(EC2Client).send(new DescribeRegionsCommand({ AllRegions: true }));
    for (const region of output.Regions ?? []) {
      if (!notEnabled.has(region.OptInStatus ?? '')) yield region;
    }
  }
}
