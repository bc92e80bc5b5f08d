import type { SimService } from '../options.js';

/**
 * IAM action names that differ from the operation's name (the Service Authorization Reference): S3 authorizes several
 * calls under older action names. Every other operation is authorized as `<service>:<Operation>`.
 */
const ACTION_BY_OPERATION: Partial<Record<SimService, Readonly<Record<string, string>>>> = {
  s3: {
    ListBuckets: 'ListAllMyBuckets',
    GetBucketEncryption: 'GetEncryptionConfiguration',
    GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
    HeadBucket: 'ListBucket',
    ListObjects: 'ListBucket',
    ListObjectsV2: 'ListBucket',
  },
};

/** The IAM action that authorizes an operation, such as `s3:GetEncryptionConfiguration` for GetBucketEncryption. */
export function iamActionOf(service: SimService, operation: string): string {
  return `${service}:${ACTION_BY_OPERATION[service]?.[operation] ?? operation}`;
}
