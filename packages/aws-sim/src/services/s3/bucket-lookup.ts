import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { sha256Hex } from '../../identity/sigv4.js';
import type { SimBucket } from '../../world/records.js';

export function noSuch(code: string, message: string, bucket: string): AwsApiError {
  return new AwsApiError(code, message, 404, {}, { BucketName: bucket });
}

/** Finds the bucket for a bucket-level call: NoSuchBucket, AccessDenied for another account's, redirect across regions. */
export function requireBucket(name: string | undefined, call: CallContext, allowAnyRegion = false): SimBucket {
  const found = name === undefined ? undefined : call.world.findBucket(name);
  if (!found) throw noSuch('NoSuchBucket', 'The specified bucket does not exist', name ?? '');
  if (found.accountId !== call.identity.accountId) throw new AwsApiError('AccessDenied', 'Access Denied', 403);
  if (!allowAnyRegion && found.region !== call.region) {
    throw new AwsApiError(
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      301,
      { 'x-amz-bucket-region': found.region },
      { Endpoint: `s3.${found.region}.amazonaws.com`, Bucket: found.bucket.Name },
    );
  }
  return found.bucket;
}

/** The account's canonical owner, as S3 names it in ListBuckets and ACLs. */
export function ownerOf(account: string): { DisplayName: string; ID: string } {
  return { DisplayName: `account-${account}`, ID: sha256Hex(`canonical-${account}`) };
}
