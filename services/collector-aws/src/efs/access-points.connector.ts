import {
  DescribeAccessPointsCommand,
  EFSClient,
  paginateDescribeAccessPoints,
  type AccessPointDescription,
} from '@aws-sdk/client-efs';
import { ResourceConnector, awsCall, listPerParent, paginated, requiredField } from '@cloud-inventory/collector-kit';
import { fileSystemsListing } from './file-systems.connector.js';

const fileSystemsInFlight = 4;

/** Access points per file system (DescribeAccessPoints by FileSystemId, pages of 100), tags inline. */
export class AccessPointsConnector extends ResourceConnector<AccessPointDescription> {
  readonly calls = [...fileSystemsListing.calls(), awsCall(DescribeAccessPointsCommand)];

  items(): AsyncIterable<AccessPointDescription> {
    return listPerParent(fileSystemsListing.items(this.context), fileSystemsInFlight, (fs) =>
      paginated(EFSClient, paginateDescribeAccessPoints, 'AccessPoints', {
        input: { FileSystemId: requiredField(fs, 'FileSystemId') },
        pageSize: 100,
      }).items(this.context),
    );
  }
}
