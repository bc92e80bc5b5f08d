import { EFSClient, paginateDescribeFileSystems, type FileSystemDescription } from '@aws-sdk/client-efs';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

/** DescribeFileSystems pages of at most 100; its file systems are also the parents of mount targets and access points. */
export const fileSystemsListing = paginated(EFSClient, paginateDescribeFileSystems, 'FileSystems', { pageSize: 100 });

export class FileSystemsConnector extends ListingConnector<FileSystemDescription> {
  readonly listing = fileSystemsListing;
}
