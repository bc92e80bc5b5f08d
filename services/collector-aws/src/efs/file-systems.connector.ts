import { EFSClient, paginateDescribeFileSystems, type FileSystemDescription } from '@aws-sdk/client-efs';
import { ListingConnector, paginated, type AwsCall } from '@cloud-inventory/collector-kit';
import { efsCallsOf } from './efs-calls.js';

/** DescribeFileSystems pages of at most 100; its file systems are also the parents of mount targets and access points. */
export const fileSystemsListing = paginated(EFSClient, paginateDescribeFileSystems, 'FileSystems', { pageSize: 100 });

export class FileSystemsConnector extends ListingConnector<FileSystemDescription> {
  readonly listing = fileSystemsListing;

  override get calls(): readonly AwsCall[] {
    return efsCallsOf(this.listing);
  }
}
