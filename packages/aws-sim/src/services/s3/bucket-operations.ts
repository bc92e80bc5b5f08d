import type {
  GetBucketAclOutput,
  GetBucketAclRequest,
  GetBucketEncryptionOutput,
  GetBucketLocationOutput,
  GetBucketLoggingOutput,
  GetBucketOwnershipControlsOutput,
  GetBucketPolicyOutput,
  GetBucketPolicyStatusOutput,
  GetBucketTaggingOutput,
  GetBucketVersioningOutput,
  GetPublicAccessBlockOutput,
  HeadBucketOutput,
  ListObjectsOutput,
  ListObjectsV2Output,
  ListObjectsRequest,
  ListObjectsV2Request,
} from '@aws-sdk/client-s3';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimBucket } from '../../world/records.js';
import { noSuch, ownerOf, requireBucket } from './bucket-lookup.js';

type BucketInput = { Bucket?: string };

/** What SIM-WORLD's bucket records add to the configuration S3 answers per bucket (all optional). */
type BucketConfiguration = SimBucket & {
  Acl?: GetBucketAclOutput;
  Policy?: string;
  OwnershipControls?: GetBucketOwnershipControlsOutput['OwnershipControls'];
};

function bucketOf(input: BucketInput, call: CallContext, allowAnyRegion = false): BucketConfiguration {
  return requireBucket(input.Bucket, call, allowAnyRegion);
}

export function getBucketLocation(input: BucketInput, call: CallContext): GetBucketLocationOutput {
  const bucket = bucketOf(input, call, true);
  // AWS answers an empty LocationConstraint for us-east-1, for historical reasons
  return bucket.Region === 'us-east-1'
    ? {}
    : { LocationConstraint: bucket.Region as GetBucketLocationOutput['LocationConstraint'] };
}

export function headBucket(input: BucketInput, call: CallContext): HeadBucketOutput {
  return { BucketRegion: bucketOf(input, call).Region };
}

export function getBucketTagging(input: BucketInput, call: CallContext): GetBucketTaggingOutput {
  const bucket = bucketOf(input, call);
  if (bucket.Tags.length === 0) throw noSuch('NoSuchTagSet', 'The TagSet does not exist', bucket.Name);
  return { TagSet: bucket.Tags };
}

export function getBucketEncryption(input: BucketInput, call: CallContext): GetBucketEncryptionOutput {
  const bucket = bucketOf(input, call);
  const encryption = bucket.Encryption;
  if (!encryption) {
    throw noSuch(
      'ServerSideEncryptionConfigurationNotFoundError',
      'The server side encryption configuration was not found',
      bucket.Name,
    );
  }
  return {
    ServerSideEncryptionConfiguration: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: {
            SSEAlgorithm: encryption.SSEAlgorithm,
            ...(encryption.KMSMasterKeyID === undefined ? {} : { KMSMasterKeyID: encryption.KMSMasterKeyID }),
          },
          BucketKeyEnabled: encryption.BucketKeyEnabled,
        },
      ],
    },
  };
}

export function getBucketVersioning(input: BucketInput, call: CallContext): GetBucketVersioningOutput {
  const bucket = bucketOf(input, call);
  return bucket.Versioning === undefined ? {} : { Status: bucket.Versioning };
}

export function getPublicAccessBlock(input: BucketInput, call: CallContext): GetPublicAccessBlockOutput {
  const bucket = bucketOf(input, call);
  if (!bucket.PublicAccessBlock) {
    throw noSuch(
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found',
      bucket.Name,
    );
  }
  return { PublicAccessBlockConfiguration: bucket.PublicAccessBlock };
}

export function getBucketLogging(input: BucketInput, call: CallContext): GetBucketLoggingOutput {
  const logging = bucketOf(input, call).Logging;
  return logging === undefined ? {} : { LoggingEnabled: logging };
}

/** GetBucketAcl: the bucket's ACL, or the one every bucket starts with (its owner has FULL_CONTROL). */
export function getBucketAcl(input: GetBucketAclRequest, call: CallContext): GetBucketAclOutput {
  const bucket = bucketOf(input, call);
  if (bucket.Acl) return bucket.Acl;
  const owner = ownerOf(call.identity.accountId);
  return { Owner: owner, Grants: [{ Grantee: { ...owner, Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] };
}

function requirePolicy(bucket: BucketConfiguration): string {
  if (bucket.Policy === undefined) throw noSuch('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket.Name);
  return bucket.Policy;
}

export function getBucketPolicy(input: BucketInput, call: CallContext): GetBucketPolicyOutput {
  return { Policy: requirePolicy(bucketOf(input, call)) };
}

type PolicyStatement = { Effect?: string; Principal?: unknown; Condition?: unknown };

function grantsEveryone(statement: PolicyStatement): boolean {
  const principal = statement.Principal as string | { AWS?: string | string[] } | undefined;
  const aws = typeof principal === 'object' ? principal.AWS : principal;
  const principals = Array.isArray(aws) ? aws : [aws];
  return statement.Effect === 'Allow' && statement.Condition === undefined && principals.includes('*');
}

/** GetBucketPolicyStatus: public when a statement allows everyone without a condition, as S3 evaluates it. */
export function getBucketPolicyStatus(input: BucketInput, call: CallContext): GetBucketPolicyStatusOutput {
  const bucket = bucketOf(input, call);
  const policy = requirePolicy(bucket);
  let statements: PolicyStatement[] = [];
  try {
    const parsed = JSON.parse(policy) as { Statement?: PolicyStatement | PolicyStatement[] };
    statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
  } catch (error) {
    throw new AwsApiError('MalformedPolicy', 'The bucket policy is not valid JSON', 400, {}, {}, { cause: error });
  }
  const blocked = bucket.PublicAccessBlock?.RestrictPublicBuckets === true;
  return { PolicyStatus: { IsPublic: !blocked && statements.some(grantsEveryone) } };
}

export function getBucketOwnershipControls(input: BucketInput, call: CallContext): GetBucketOwnershipControlsOutput {
  const bucket = bucketOf(input, call);
  if (!bucket.OwnershipControls) {
    throw noSuch('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', bucket.Name);
  }
  return { OwnershipControls: bucket.OwnershipControls };
}

/** ListObjects: the simulator's buckets hold no objects. */
export function listObjects(input: ListObjectsRequest, call: CallContext): ListObjectsOutput {
  const bucket = bucketOf(input, call);
  return {
    Name: bucket.Name,
    Prefix: input.Prefix ?? '',
    Marker: input.Marker ?? '',
    MaxKeys: input.MaxKeys ?? 1000,
    IsTruncated: false,
  };
}

export function listObjectsV2(input: ListObjectsV2Request, call: CallContext): ListObjectsV2Output {
  const bucket = bucketOf(input, call);
  return {
    Name: bucket.Name,
    Prefix: input.Prefix ?? '',
    MaxKeys: input.MaxKeys ?? 1000,
    KeyCount: 0,
    IsTruncated: false,
  };
}

/** GetObject and HeadObject: no bucket of the simulator holds objects, so every key is missing, as S3 answers. */
export function getObject(input: BucketInput & { Key?: string }, call: CallContext): never {
  bucketOf(input, call);
  throw new AwsApiError('NoSuchKey', 'The specified key does not exist.', 404, {}, { Key: input.Key ?? '' });
}
