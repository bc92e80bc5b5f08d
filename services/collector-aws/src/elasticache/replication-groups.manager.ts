import { ResourceManager, arnFor } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import { tagListMapping } from '../tag-list-mapping.js';
import type { ReplicationGroupDetails } from './replication-groups.connector.js';

export class ReplicationGroupsManager extends ResourceManager<ReplicationGroupDetails> {
  readonly kind = 'aws_elasticache_replication_group';
  readonly serviceType = {
    group: 'ElastiCache',
    type: 'ReplicationGroup',
    name: 'ElastiCache Replication Group',
    labels: ['Database'],
    family: 'cache',
  };
  readonly uid = arnFor('elasticache', 'replicationgroup:');
  readonly mapping = tagListMapping<ReplicationGroupDetails>('ReplicationGroupId', 'ReplicationGroupCreateTime');
  override readonly relationships = encryptedBy((group: ReplicationGroupDetails) => group.KmsKeyId);
}
