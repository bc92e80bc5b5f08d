import { EC2Client, paginateDescribeImages, type Image } from '@aws-sdk/client-ec2';
import { ListingConnector, paginated } from '@cloud-inventory/collector-kit';

export class ImagesConnector extends ListingConnector<Image> {
  readonly listing = paginated(EC2Client, paginateDescribeImages, 'Images', { input: { Owners: ['self'] } });
}
