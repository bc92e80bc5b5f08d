import type { ResourceMapping } from '@cloud-inventory/collector-kit';

/**
 * A mapping whose data also says, as `Encrypted`, whether the item is encrypted at rest by any key (one of the
 * account's, one AWS manages or owns): the field EBS volumes have from AWS, so that one `--where Encrypted=false`
 * finds the unencrypted volumes, databases, queues and tables alike. An `encrypted_by` edge cannot say it: a key AWS
 * owns (SSE-SQS, a DynamoDB table's default) is no key of the account, so encrypted items have no edge either.
 */
export function withEncrypted<Item>(
  mapping: ResourceMapping<Item>,
  isEncrypted: (item: Item) => boolean,
): ResourceMapping<Item> {
  return { ...mapping, data: (item, scope) => ({ ...mapping.data(item, scope), Encrypted: isEncrypted(item) }) };
}
