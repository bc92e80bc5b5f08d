import type { ListBucketsOutput, ListBucketsRequest } from '@aws-sdk/client-s3';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimBucket } from '../../world/records.js';
import { ownerOf } from './bucket-lookup.js';

const MAX_BUCKETS_LIMIT = 10_000;

function invalidArgument(message: string, name: string, value: string): AwsApiError {
  return new AwsApiError('InvalidArgument', message, 400, {}, { ArgumentName: name, ArgumentValue: value });
}

/**
 * ListBuckets: every bucket of the account in every region (S3 is global), by name, with max-buckets paging; the
 * continuation token is the last name of the page, so a page stays right when buckets come and go between pages.
 */
export function listBuckets(input: ListBucketsRequest, call: CallContext): ListBucketsOutput {
  const account = call.identity.accountId;
  const prefix = input.Prefix ?? '';
  const buckets: SimBucket[] = call.regions
    .flatMap((region) => [...call.world.collection('bucket', account, region).all()])
    .filter((bucket) => bucket.Name.startsWith(prefix) && (!input.BucketRegion || bucket.Region === input.BucketRegion))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  const max = input.MaxBuckets;
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > MAX_BUCKETS_LIMIT)) {
    throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', String(max));
  }
  // The page size cap applies where the request pages (max-buckets), as in every other list call.
  const limit = max === undefined ? MAX_BUCKETS_LIMIT : Math.min(max, call.pageSizeCap ?? max);
  let start = 0;
  const token = input.ContinuationToken;
  if (token !== undefined) {
    const after = Buffer.from(token, 'base64url').toString('utf8');
    if (token === '' || after === '') {
      throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
    }
    start = buckets.findIndex((bucket) => bucket.Name > after);
    if (start === -1) start = buckets.length;
  }
  const page = buckets.slice(start, start + limit);
  const last = page[page.length - 1];
  const hasMore = start + limit < buckets.length && last !== undefined;
  return {
    Owner: ownerOf(account),
    Buckets: page.map((bucket) => ({
      Name: bucket.Name,
      CreationDate: bucket.CreationDate,
      ...(call.listBucketsWithRegion ? { BucketRegion: bucket.Region } : {}),
    })),
    ...(hasMore ? { ContinuationToken: Buffer.from(last.Name).toString('base64url') } : {}),
    ...(prefix ? { Prefix: prefix } : {}),
  };
}
