import type { Image } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, optional, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { imageUid } from './uids.js';

export class ImagesManager extends ResourceManager<Image> {
  readonly kind = 'aws_ec2_image';
  readonly serviceType = { group: 'EC2', type: 'Image', name: 'AMI', labels: ['Compute'] };
  readonly uid = imageUid;
  readonly mapping = {
    id: required('ImageId'),
    name: tagOr('Name', 'ImageId'),
    created_at: optional('CreationDate'),
    tags: awsTags(),
    data: rawExcept<Image>('Tags'),
  };
}
