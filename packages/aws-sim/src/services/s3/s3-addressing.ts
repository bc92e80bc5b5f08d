import type { SimRequest } from '../../http/http-types.js';

export const S3_SUBRESOURCES = [
  'location',
  'tagging',
  'encryption',
  'versioning',
  'publicAccessBlock',
  'logging',
] as const;
export type S3Subresource = (typeof S3_SUBRESOURCES)[number];

export interface S3Target {
  bucket?: string;
  key: string;
  subresource?: S3Subresource;
  virtualHosted: boolean;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // documented expected case: a malformed escape is kept as sent and then matches no bucket
    return text;
  }
}

/** The bucket from a virtual-hosted Host (`bucket.localhost`, `bucket.s3.region.amazonaws.com`), if any. */
function hostBucket(hostname: string): string | undefined {
  if (hostname.endsWith('.localhost')) return hostname.slice(0, -'.localhost'.length);
  const match = /^(.+)\.s3([.-][a-z0-9-]+)*\.amazonaws\.com$/.exec(hostname);
  return match ? match[1] : undefined;
}

/** Where an S3 request points: virtual-hosted addressing first, then path-style. */
export function resolveS3Target(request: SimRequest): S3Target {
  const subresource = S3_SUBRESOURCES.find((name) => request.query.has(name));
  const fromHost = hostBucket(request.hostname.toLowerCase());
  if (fromHost !== undefined) {
    return { bucket: fromHost, key: safeDecode(request.rawPath.slice(1)), subresource, virtualHosted: true };
  }
  const [, first = '', ...rest] = request.rawPath.split('/');
  return {
    ...(first === '' ? {} : { bucket: safeDecode(first) }),
    key: safeDecode(rest.join('/')),
    subresource,
    virtualHosted: false,
  };
}

const OPERATION_BY_SUBRESOURCE: Record<S3Subresource, string> = {
  location: 'GetBucketLocation',
  tagging: 'GetBucketTagging',
  encryption: 'GetBucketEncryption',
  versioning: 'GetBucketVersioning',
  publicAccessBlock: 'GetPublicAccessBlock',
  logging: 'GetBucketLogging',
};

/** The S3 operation a request asks for ('Unknown' for what the simulator does not serve). */
export function s3OperationOf(request: SimRequest, target: S3Target): string {
  if (request.method === 'GET' && target.bucket === undefined) return 'ListBuckets';
  if (target.bucket === undefined || target.key !== '') return 'Unknown';
  if (request.method === 'HEAD' && !target.subresource) return 'HeadBucket';
  if (request.method === 'GET')
    return target.subresource ? OPERATION_BY_SUBRESOURCE[target.subresource] : 'ListObjects';
  return 'Unknown';
}
