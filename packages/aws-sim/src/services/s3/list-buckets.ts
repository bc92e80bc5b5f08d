import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import { tag, wrap } from '../../protocols/xml.js';
import { sha256Hex } from '../../identity/sigv4.js';
import type { SimBucket } from '../../world/records.js';
import { S3_XMLNS } from './bucket-operations.js';

const MAX_BUCKETS_LIMIT = 10_000;

function invalidArgument(message: string, name: string, value: string): AwsApiError {
  return new AwsApiError('InvalidArgument', message, 400, {}, { ArgumentName: name, ArgumentValue: value });
}

/** ListBuckets: every bucket of the account in every region (S3 is global), by name, with max-buckets paging. */
export function listBuckets(query: URLSearchParams, context: CallContext): string {
  const account = context.identity.accountId;
  const prefix = query.get('prefix') ?? '';
  const regionFilter = query.get('bucket-region');
  const buckets: SimBucket[] = context.regions
    .flatMap((region) => [...context.world.collection('bucket', account, region).all()])
    .filter((bucket) => bucket.Name.startsWith(prefix) && (!regionFilter || bucket.Region === regionFilter))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  const maxText = query.get('max-buckets');
  let limit = MAX_BUCKETS_LIMIT;
  if (maxText !== null) {
    const max = Number(maxText);
    if (!/^\d+$/.test(maxText) || max < 1 || max > MAX_BUCKETS_LIMIT) {
      throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000', 'max-buckets', maxText);
    }
    limit = max;
  }
  const token = query.get('continuation-token');
  let start = 0;
  if (token !== null) {
    const after = Buffer.from(token, 'base64url').toString('utf8');
    if (token === '' || after === '')
      throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
    start = buckets.findIndex((bucket) => bucket.Name > after);
    if (start === -1) start = buckets.length;
  }
  const page = buckets.slice(start, start + limit);
  const last = page[page.length - 1];
  const hasMore = start + limit < buckets.length && last !== undefined;
  const owner = wrap('Owner', tag('DisplayName', `account-${account}`) + tag('ID', sha256Hex(`canonical-${account}`)));
  const items = page
    .map((bucket) =>
      wrap(
        'Bucket',
        tag('Name', bucket.Name) +
          tag('CreationDate', bucket.CreationDate) +
          (context.listBucketsWithRegion ? tag('BucketRegion', bucket.Region) : ''),
      ),
    )
    .join('');
  return `<ListAllMyBucketsResult xmlns="${S3_XMLNS}">${owner}<Buckets>${items}</Buckets>${
    hasMore ? tag('ContinuationToken', Buffer.from(last.Name).toString('base64url')) : ''
  }${prefix ? tag('Prefix', prefix) : ''}</ListAllMyBucketsResult>`;
}
