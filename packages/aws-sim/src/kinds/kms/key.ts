import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import {
  AWS_MANAGED_KEYS,
  ENCRYPTING_CUSTOMER_KEYS,
  isAwsManagedKeyIndex,
  kmsKeyArnAt,
  kmsKeyIdAt,
  kmsKeyIndexOf,
} from './key-layout.js';

type KeyFields =
  | 'AWSAccountId'
  | 'KeyId'
  | 'Arn'
  | 'CreationDate'
  | 'Enabled'
  | 'Description'
  | 'KeyUsage'
  | 'KeyState'
  | 'Origin'
  | 'KeyManager'
  | 'CustomerMasterKeySpec'
  | 'KeySpec'
  | 'MultiRegion';

/** DescribeKey's KeyMetadata, with the tags ListResourceTags gives (customer managed keys only). */
export type SimKmsKey = Tagged<Filled<KeyMetadata, KeyFields>>;

const SALT_KMS_KEY = 41;

/** The first customer keys encrypt resources: enabled symmetric keys; later ones may sign, be disabled or pending deletion. */
function customerKeyState(customer: number): 'Enabled' | 'Disabled' | 'PendingDeletion' {
  if (customer < ENCRYPTING_CUSTOMER_KEYS) return 'Enabled';
  return customer % 7 === 5 ? 'PendingDeletion' : customer % 11 === 9 ? 'Disabled' : 'Enabled';
}

function customerKeySpec(customer: number, hash: number): Partial<SimKmsKey> {
  return customer >= ENCRYPTING_CUSTOMER_KEYS && hash % 13 === 7
    ? {
        KeyUsage: 'SIGN_VERIFY',
        KeySpec: 'RSA_2048',
        CustomerMasterKeySpec: 'RSA_2048',
        SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'],
      }
    : { KeyUsage: 'ENCRYPT_DECRYPT', KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' };
}

/** AWS managed keys (aws/ebs, aws/sqs...) first, then customer managed keys, some disabled or pending deletion. */
export const kmsKeyKind: KindSpec<'kmsKey', SimKmsKey> = {
  kind: 'kmsKey',
  idField: 'KeyId',
  ids: { nameAt: kmsKeyIdAt, indexOf: kmsKeyIndexOf },
  counts: { tiny: 8, small: 10, medium: 18, large: 42 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_KMS_KEY, index, 1);
    const created = ctx.date('2021-01-01T00:00:00Z', 1000, hash);
    const awsManaged = isAwsManagedKeyIndex(index) ? AWS_MANAGED_KEYS[index] : undefined;
    const customer = index - AWS_MANAGED_KEYS.length;
    const state = awsManaged ? 'Enabled' : customerKeyState(customer);
    const key: SimKmsKey = {
      AWSAccountId: ctx.accountId,
      KeyId: kmsKeyIdAt(ctx, index),
      Arn: kmsKeyArnAt(ctx, index),
      CreationDate: created,
      Enabled: state === 'Enabled',
      Description: awsManaged ? awsManaged.description : `application key ${customer}`,
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: state,
      Origin: 'AWS_KMS',
      KeyManager: awsManaged ? 'AWS' : 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      Tags:
        awsManaged || hash % 3 === 0
          ? []
          : [{ Key: 'Owner', Value: `team-${hash % 5}` }, environmentTag(ctx, SALT_KMS_KEY, index)],
      ...(awsManaged ? {} : customerKeySpec(customer, hash >>> 4)),
    };
    if (key.KeyUsage === 'SIGN_VERIFY') delete key.EncryptionAlgorithms;
    if (state === 'PendingDeletion') key.DeletionDate = new Date(Date.UTC(2027, 0, 1) + (hash % 30) * 86_400_000);
    return key;
  },
};
