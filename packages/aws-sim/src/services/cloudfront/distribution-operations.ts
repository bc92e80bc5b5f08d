import type {
  GetDistributionRequest,
  GetDistributionResult,
  ListDistributionsRequest,
  ListDistributionsResult,
  ListTagsForResourceRequest,
  ListTagsForResourceResult,
} from '@aws-sdk/client-cloudfront';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimCloudFrontDistribution } from '../../kinds/cloudfront/distribution.js';
import { accountWideScope, collectionFor } from '../list-kind.js';

/** CloudFront answers 100 distributions a page, and no more whatever MaxItems asks. */
const MAX_ITEMS = 100;

const invalidArgument = (message: string) => new AwsApiError('InvalidArgument', message, 400);

function distributionsOf(call: CallContext) {
  return collectionFor('cloudFrontDistribution', call, accountWideScope);
}

function summaryOf({ Tags: _tags, ...summary }: SimCloudFrontDistribution): Omit<SimCloudFrontDistribution, 'Tags'> {
  return summary;
}

function pageSizeOf(maxItems: number | undefined): number {
  if (maxItems === undefined) return MAX_ITEMS;
  if (!Number.isInteger(maxItems) || maxItems < 1) {
    throw invalidArgument(
      `Value ( ${String(maxItems)} ) for parameter MaxItems is invalid. Expecting a positive integer.`,
    );
  }
  return Math.min(maxItems, MAX_ITEMS);
}

/**
 * ListDistributions: the account's distributions by Id; NextMarker is the last Id of a page and a page holds the
 * distributions after its Marker, so a listing stays right when distributions come and go between pages.
 */
export function listDistributions(input: ListDistributionsRequest, call: CallContext): ListDistributionsResult {
  const maxItems = pageSizeOf(input.MaxItems);
  const marker = input.Marker ?? '';
  const after = [...distributionsOf(call).all()]
    .filter((distribution) => distribution.Id > marker)
    .sort((a, b) => (a.Id < b.Id ? -1 : 1));
  const page = after.slice(0, maxItems);
  const last = page.at(-1);
  const truncated = after.length > page.length && last !== undefined;
  return {
    DistributionList: {
      Marker: marker,
      ...(truncated ? { NextMarker: last.Id } : {}),
      MaxItems: maxItems,
      IsTruncated: truncated,
      Quantity: page.length,
      ...(page.length > 0 ? { Items: page.map(summaryOf) } : {}),
    },
  };
}

function requireDistribution(id: string | undefined, call: CallContext): SimCloudFrontDistribution {
  const found = id === undefined ? undefined : distributionsOf(call).get(id);
  if (!found) throw new AwsApiError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
  return found;
}

/** GetDistribution: the distribution's configuration as the summary tells it, and its ETag. */
export function getDistribution(input: GetDistributionRequest, call: CallContext): GetDistributionResult {
  const { Id, ARN, Status, LastModifiedTime, DomainName, ...config } = summaryOf(requireDistribution(input.Id, call));
  return {
    ETag: `E${Id.slice(1, 13)}`,
    Distribution: {
      Id,
      ARN,
      Status,
      LastModifiedTime,
      InProgressInvalidationBatches: 0,
      DomainName,
      ActiveTrustedSigners: { Enabled: false, Quantity: 0 },
      ActiveTrustedKeyGroups: { Enabled: false, Quantity: 0 },
      DistributionConfig: {
        CallerReference: `${Id.toLowerCase()}-created`,
        DefaultRootObject: config.CustomErrorResponses.Quantity !== 0 ? 'index.html' : '',
        Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
        ...config,
      },
    },
  };
}

const DISTRIBUTION_ARN = /^arn:[a-z-]+:cloudfront::(\d{12}):distribution\/([A-Z0-9]+)$/;

/** ListTagsForResource: a distribution's tags by its ARN; another account's is AccessDenied. */
export function listTagsForResource(input: ListTagsForResourceRequest, call: CallContext): ListTagsForResourceResult {
  const match = DISTRIBUTION_ARN.exec(input.Resource ?? '');
  if (!match) throw invalidArgument('An argument is invalid.');
  if (match[1] !== call.identity.accountId) {
    throw new AwsApiError('AccessDenied', 'Access denied.', 403);
  }
  const found = distributionsOf(call).get(match[2] as string);
  if (!found) throw new AwsApiError('NoSuchResource', 'The specified resource does not exist.', 404);
  return { Tags: { Items: found.Tags } };
}
