import { EFSClient, paginateDescribeAccessPoints, type AccessPointDescription } from '@aws-sdk/client-efs';
import { ListingConnector, paginated, type AwsCall } from '@cloud-inventory/collector-kit';
import { efsCallsOf } from './efs-calls.js';

/**
 * DescribeAccessPoints without a FileSystemId lists the access points of every file system of the region, 100 a page,
 * tags inline: one listing instead of one per file system.
 */
export class AccessPointsConnector extends ListingConnector<AccessPointDescription> {
  readonly listing = paginated(EFSClient, paginateDescribeAccessPoints, 'AccessPoints', { pageSize: 100 });

  override get calls(): readonly AwsCall[] {
    return efsCallsOf(this.listing);
  }
}
