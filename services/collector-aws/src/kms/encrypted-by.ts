import { edge, presentIds, type Relationship } from '@cloud-inventory/collector-kit';
import { AliasesManager } from './aliases.manager.js';
import { KeysManager } from './keys.manager.js';
import { isAliasReference } from './kms-uids.js';

/**
 * `encrypted_by` edges of a kind whose items name their KMS keys (by id, key ARN, alias name or alias ARN): a key id
 * or ARN points at the key; an alias points at the alias, whose own edge (`points_to`) leads to the key, since
 * which key an alias names is not in the item.
 */
export function encryptedBy<Item>(keysOf: (item: Item) => Parameters<typeof presentIds>[0]): Relationship<Item>[] {
  const references = (item: Item) => presentIds(keysOf(item));
  return [
    edge('encrypted_by', KeysManager, (item: Item) => references(item).filter((ref) => !isAliasReference(ref))),
    edge('encrypted_by', AliasesManager, (item: Item) => references(item).filter(isAliasReference)),
  ];
}
