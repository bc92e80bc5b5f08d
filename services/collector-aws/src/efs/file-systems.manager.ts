import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { ResourceManager, arnFor, awsMapping } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';

export class FileSystemsManager extends ResourceManager<FileSystemDescription> {
  readonly kind = 'aws_efs_file_system';
  readonly serviceType = {
    group: 'EFS',
    type: 'FileSystem',
    name: 'EFS File System',
    labels: ['Storage'],
    family: 'file_system',
  };
  readonly uid = arnFor('elasticfilesystem', 'file-system/');
  readonly mapping = awsMapping<FileSystemDescription>({ id: 'FileSystemId', createdAt: 'CreationTime' });
  // EFS meters the size every few hours while the file system is as it was
  override readonly volatile = ['SizeInBytes'];
  override readonly relationships = encryptedBy((fileSystem: FileSystemDescription) => fileSystem.KmsKeyId);
}
