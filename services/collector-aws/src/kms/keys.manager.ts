import { ResourceManager, awsTags, optional, rawExcept, required, tagOr } from '@cloud-inventory/collector-kit';
import type { KeyDetails } from './keys.connector.js';
import { KMS_TAG_NAMES, kmsUid } from './kms-uids.js';

/** Every key ListKeys returns, AWS managed ones too (KeyManager in data), pending deletion ones too (KeyState). */
export class KeysManager extends ResourceManager<KeyDetails> {
  readonly kind = 'aws_kms_key';
  readonly serviceType = { group: 'KMS', type: 'Key', name: 'KMS Key', labels: ['Security'], family: 'key' };
  readonly uid = kmsUid('key/');
  readonly mapping = {
    id: required('KeyId'),
    name: tagOr('Name', 'KeyId', 'Tags', KMS_TAG_NAMES),
    created_at: optional('CreationDate'),
    tags: awsTags('Tags', KMS_TAG_NAMES),
    data: rawExcept<KeyDetails>('Tags'),
  };
}
