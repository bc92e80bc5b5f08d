import { arnFor, keepingArns, type TagMemberNames, type UidBuilder } from '@cloud-inventory/collector-kit';

/** KMS tags are `{ TagKey, TagValue }`. */
export const KMS_TAG_NAMES: TagMemberNames = { key: 'TagKey', value: 'TagValue' };

/**
 * KMS uids: a key id (or alias name) becomes the ARN of the scope's key (alias); an ARN is kept whole, since a
 * resource may be encrypted by a key of another region or account.
 */
export function kmsUid(prefix: string): UidBuilder {
  return keepingArns(arnFor('kms', prefix));
}

/** Whether a key reference (KmsKeyId, KMSMasterKeyID...) names an alias (`alias/x`, `arn:...:alias/x`), not a key. */
export function isAliasReference(reference: string): boolean {
  return reference.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(reference);
}
