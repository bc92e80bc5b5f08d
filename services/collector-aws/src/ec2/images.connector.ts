import { EC2Client, paginateDescribeImages, type Image } from '@aws-sdk/client-ec2';
import { ResourceConnector } from '@cloud-inventory/collector-kit';

export class ImagesConnector extends ResourceConnector<Image> {
  async *items(): AsyncIterable<Image> {
    const pages = paginateDescribeImages({ client: this.client(EC2Client), pageSize: 1000 }, { Owners: ['self'] });
    for await (const page of pages) yield* page.Images ?? [];
  }
}
