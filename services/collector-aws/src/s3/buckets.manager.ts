import { ResourceManager, arnFor, awsTags, optional, rawExcept, required } from '@cloud-inventory/collector-kit';
import { encryptedBy } from '../kms/encrypted-by.js';
import type { BucketDetails } from './buckets.connector.js';

export class BucketsManager extends ResourceManager<BucketDetails> {
  readonly kind = 'aws_s3_bucket';
  readonly serviceType = { group: 'S3', type: 'Bucket', name: 'S3 Bucket', labels: ['Storage'], family: 'bucket' };
  override readonly isGlobal = true;
  // Bucket names are global: the ARN names neither region nor account.
  readonly uid = arnFor('s3', '', { account: false, region: false });
  readonly mapping = {
    id: required('Name'),
    name: required('Name'),
    created_at: optional('CreationDate'),
    tags: awsTags(),
    region: (bucket: BucketDetails) => bucket.Region,
    data: rawExcept<BucketDetails>('Tags', 'BucketRegion'),
  };
  override readonly relationships = encryptedBy((bucket: BucketDetails) =>
    bucket.Encryption?.Rules?.map((rule) => rule.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID),
  );
}
