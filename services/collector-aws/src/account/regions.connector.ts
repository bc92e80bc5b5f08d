import { DescribeRegionsCommand, EC2Client, type Region } from '@aws-sdk/client-ec2';
import { ResourceConnector, unpaginated } from '@cloud-inventory/collector-kit';

const notEnabled = new Set(['not-opted-in']);

/** The account's enabled regions: opt-in regions that are not enabled are left out. */
export class RegionsConnector extends ResourceConnector<Region> {
  private readonly listing = unpaginated(EC2Client, DescribeRegionsCommand, 'Regions', { input: { AllRegions: true } });
  readonly calls = this.listing.calls();

  async *items(): AsyncIterable<Region> {
    for await (const region of this.listing.items(this.context)) {
      if (!notEnabled.has(region.OptInStatus ?? '')) yield region;
    }
  }
}
