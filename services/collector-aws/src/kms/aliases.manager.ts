import type { AliasListEntry } from '@aws-sdk/client-kms';
import { ResourceManager, awsMapping, edge } from '@cloud-inventory/collector-kit';
import { KeysManager } from './keys.manager.js';
import { kmsUid } from './kms-uids.js';

export class AliasesManager extends ResourceManager<AliasListEntry> {
  readonly kind = 'aws_kms_alias';
  readonly serviceType = { group: 'KMS', type: 'Alias', name: 'KMS Alias', labels: ['Security'], family: 'key_alias' };
  // the alias name (`alias/x`) is the ARN's resource part
  readonly uid = kmsUid('');
  readonly mapping = awsMapping<AliasListEntry>({ id: 'AliasName', name: 'AliasName', createdAt: 'CreationDate' });
  override readonly relationships = [edge('points_to', KeysManager, (alias: AliasListEntry) => alias.TargetKeyId)];
}
