import type { Image } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';

export class ImagesManager extends ResourceManager<Image> {
  readonly kind = 'aws_ec2_image';
  readonly serviceType = { group: 'EC2', type: 'Image', name: 'AMI', labels: ['Compute'], family: 'image' };
  // Image ARNs carry no account: images can be shared across accounts.
  readonly uid = arnFor('ec2', 'image/', { account: false });
  readonly mapping = awsMapping<Image>({ id: 'ImageId', createdAt: 'CreationDate' });
}
