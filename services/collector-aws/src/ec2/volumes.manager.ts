import type { Volume } from '@aws-sdk/client-ec2';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { InstancesManager } from './instances.manager.js';

export class VolumesManager extends ResourceManager<Volume> {
  readonly kind = 'aws_ec2_volume';
  readonly serviceType = { group: 'EC2', type: 'Volume', name: 'EBS Volume', labels: ['Storage'], family: 'volume' };
  readonly uid = arnFor('ec2', 'volume/');
  readonly mapping = awsMapping<Volume>({ id: 'VolumeId', createdAt: 'CreateTime' });
  override readonly relationships = [
    edge('attached_to', InstancesManager, (v: Volume) => v.Attachments?.map((attachment) => attachment.InstanceId)),
    ...encryptedBy((v: Volume) => v.KmsKeyId),
  ];
}
