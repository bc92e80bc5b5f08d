import { DescribeRegionsCommand, EC2Client, type Region } from '@aws-sdk/client-ec2';
import { ListingConnector, unpaginated } from '@cloud-inventory/collector-kit';

/** The account's enabled regions: AllRegions lists the opt-in regions it has not enabled too, as not-opted-in. */
export class RegionsConnector extends ListingConnector<Region> {
  readonly listing = unpaginated(EC2Client, DescribeRegionsCommand, 'Regions', {
    input: { AllRegions: true },
    keep: (region) => region.OptInStatus !== 'not-opted-in',
  });
}
