import { AwsApiError } from '../../errors.js';
import type { CallContext, ServiceEndpoint, SimRequest, SimResponse } from '../../http/http-types.js';
import { XML_DECLARATION } from '../../protocols/xml.js';
import {
  bucketEncryption,
  bucketLocation,
  bucketLogging,
  bucketTagging,
  bucketVersioning,
  publicAccessBlock,
  requireBucket,
} from './bucket-operations.js';
import { listBuckets } from './list-buckets.js';
import { resolveS3Target, s3OperationOf } from './s3-addressing.js';

const BUCKET_OPERATIONS: Record<string, (bucket: ReturnType<typeof requireBucket>) => string> = {
  GetBucketLocation: bucketLocation,
  GetBucketTagging: bucketTagging,
  GetBucketEncryption: bucketEncryption,
  GetBucketVersioning: bucketVersioning,
  GetPublicAccessBlock: publicAccessBlock,
  GetBucketLogging: bucketLogging,
};

function xmlAnswer(body: string, requestId: string, extraHeaders: Record<string, string> = {}): SimResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/xml',
      'x-amz-request-id': requestId,
      'x-amz-id-2': requestId,
      ...extraHeaders,
    },
    body: body === '' ? '' : `${XML_DECLARATION}${body}`,
  };
}

/** S3 over REST: ListBuckets and bucket-level Get* calls, path-style or virtual-hosted. */
export const s3Endpoint: ServiceEndpoint = {
  service: 's3',
  escapePath: false,
  operationOf(request: SimRequest): string {
    return s3OperationOf(request, resolveS3Target(request));
  },
  handle(request: SimRequest, context: CallContext): SimResponse {
    const target = resolveS3Target(request);
    const operation = s3OperationOf(request, target);
    if (operation === 'ListBuckets') return xmlAnswer(listBuckets(request.query, context), context.requestId);
    if (operation === 'Unknown' && request.method !== 'GET' && request.method !== 'HEAD') {
      throw new AwsApiError(
        'MethodNotAllowed',
        'The specified method is not allowed against this resource.',
        405,
        {},
        {
          Method: request.method,
          ResourceType: target.bucket === undefined ? 'SERVICE' : 'BUCKET',
        },
      );
    }
    const bucketOperation = BUCKET_OPERATIONS[operation];
    if (target.bucket !== undefined && (bucketOperation || operation === 'HeadBucket')) {
      const bucket = requireBucket(target.bucket, context, operation === 'GetBucketLocation');
      if (!bucketOperation) return xmlAnswer('', context.requestId, { 'x-amz-bucket-region': bucket.Region });
      return xmlAnswer(bucketOperation(bucket), context.requestId);
    }
    throw new AwsApiError('NotImplemented', 'A header you provided implies functionality that is not implemented', 501);
  },
};
