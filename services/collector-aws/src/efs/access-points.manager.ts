import type { AccessPointDescription } from '@aws-sdk/client-efs';
import { ResourceManager, arnFor, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { FileSystemsManager } from './file-systems.manager.js';

export class AccessPointsManager extends ResourceManager<AccessPointDescription> {
  readonly kind = 'aws_efs_access_point';
  readonly serviceType = {
    group: 'EFS',
    type: 'AccessPoint',
    name: 'EFS Access Point',
    labels: ['Storage'],
    family: 'access_point',
  };
  readonly uid = arnFor('elasticfilesystem', 'access-point/');
  readonly mapping = awsMapping<AccessPointDescription>({ id: 'AccessPointId' });
  override readonly relationships = [
    edge('belongs_to', FileSystemsManager, (point: AccessPointDescription) => point.FileSystemId),
  ];
}
