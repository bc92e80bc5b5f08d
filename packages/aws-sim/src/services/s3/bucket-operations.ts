import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { tag, wrap } from '../../protocols/xml.js';
import type { SimBucket } from '../../world/records.js';

export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

function noSuch(code: string, message: string, bucket: string): AwsApiError {
  return new AwsApiError(code, message, 404, {}, { BucketName: bucket });
}

/** Finds the bucket for a bucket-level call: NoSuchBucket, AccessDenied for another account's, redirect across regions. */
export function requireBucket(name: string, context: CallContext, allowAnyRegion: boolean): SimBucket {
  const found = context.world.findBucket(name);
  if (!found) throw noSuch('NoSuchBucket', 'The specified bucket does not exist', name);
  if (found.accountId !== context.identity.accountId) throw new AwsApiError('AccessDenied', 'Access Denied', 403);
  if (!allowAnyRegion && found.region !== context.region) {
    throw new AwsApiError(
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      301,
      { 'x-amz-bucket-region': found.region },
      { Endpoint: `s3.${found.region}.amazonaws.com`, Bucket: name },
    );
  }
  return found.bucket;
}

export function bucketLocation(bucket: SimBucket): string {
  // AWS answers an empty LocationConstraint for us-east-1, for historical reasons
  return bucket.Region === 'us-east-1'
    ? `<LocationConstraint xmlns="${S3_XMLNS}"/>`
    : `<LocationConstraint xmlns="${S3_XMLNS}">${bucket.Region}</LocationConstraint>`;
}

export function bucketTagging(bucket: SimBucket): string {
  if (bucket.Tags.length === 0) throw noSuch('NoSuchTagSet', 'The TagSet does not exist', bucket.Name);
  const tags = bucket.Tags.map((t) => wrap('Tag', tag('Key', t.Key) + tag('Value', t.Value))).join('');
  return `<Tagging xmlns="${S3_XMLNS}"><TagSet>${tags}</TagSet></Tagging>`;
}

export function bucketEncryption(bucket: SimBucket): string {
  const encryption = bucket.Encryption;
  if (!encryption) {
    throw noSuch(
      'ServerSideEncryptionConfigurationNotFoundError',
      'The server side encryption configuration was not found',
      bucket.Name,
    );
  }
  return `<ServerSideEncryptionConfiguration xmlns="${S3_XMLNS}"><Rule>${wrap(
    'ApplyServerSideEncryptionByDefault',
    tag('SSEAlgorithm', encryption.SSEAlgorithm) + tag('KMSMasterKeyID', encryption.KMSMasterKeyID),
  )}${tag('BucketKeyEnabled', encryption.BucketKeyEnabled)}</Rule></ServerSideEncryptionConfiguration>`;
}

export function bucketVersioning(bucket: SimBucket): string {
  return bucket.Versioning === undefined
    ? `<VersioningConfiguration xmlns="${S3_XMLNS}"/>`
    : `<VersioningConfiguration xmlns="${S3_XMLNS}">${tag('Status', bucket.Versioning)}</VersioningConfiguration>`;
}

export function publicAccessBlock(bucket: SimBucket): string {
  const block = bucket.PublicAccessBlock;
  if (!block) {
    throw noSuch(
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found',
      bucket.Name,
    );
  }
  return `<PublicAccessBlockConfiguration xmlns="${S3_XMLNS}">${
    tag('BlockPublicAcls', block.BlockPublicAcls) +
    tag('IgnorePublicAcls', block.IgnorePublicAcls) +
    tag('BlockPublicPolicy', block.BlockPublicPolicy) +
    tag('RestrictPublicBuckets', block.RestrictPublicBuckets)
  }</PublicAccessBlockConfiguration>`;
}

export function bucketLogging(bucket: SimBucket): string {
  const logging = bucket.Logging;
  return logging === undefined
    ? `<BucketLoggingStatus xmlns="${S3_XMLNS}"/>`
    : `<BucketLoggingStatus xmlns="${S3_XMLNS}"><LoggingEnabled>${tag('TargetBucket', logging.TargetBucket)}${tag('TargetPrefix', logging.TargetPrefix)}</LoggingEnabled></BucketLoggingStatus>`;
}
