import type { Volume } from '@aws-sdk/client-ec2';
import { ResourceManager, awsTags, optional, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import { instanceUid, volumeUid } from './uids.js';

export class VolumesManager extends ResourceManager<Volume> {
  readonly kind = 'aws_ec2_volume';
  readonly serviceType = { group: 'EC2', type: 'Volume', name: 'EBS Volume', labels: ['Storage'] };
  readonly uid = volumeUid;
  readonly mapping = {
    id: required('VolumeId'),
    name: tagOr('Name', 'VolumeId'),
    created_at: optional('CreateTime'),
    tags: awsTags(),
    data: rawExcept<Volume>('Tags'),
  };
  override readonly relationships = [
    {
      type: 'attached_to',
      to: 'aws_ec2_instance',
      uid: instanceUid,
      ids: (v: Volume) => v.Attachments?.map((attachment) => attachment.InstanceId),
    },
  ];
}
