import type { DistributionSummary, ViewerCertificate } from '@aws-sdk/client-cloudfront';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';
import { uuidOf } from '../uuids.js';
import { cacheBehaviors, customErrorResponses, defaultCacheBehavior } from './cache-behaviors.js';
import {
  SALT_DISTRIBUTION,
  distributionArn,
  distributionDomainName,
  distributionIdAt,
  distributionIds,
} from './distribution-ids.js';
import { originOf, type OriginKind } from './distribution-origins.js';
import { viewerCertificateOf } from './viewer-certificates.js';

type SummaryFields =
  | 'Id'
  | 'ARN'
  | 'Status'
  | 'LastModifiedTime'
  | 'DomainName'
  | 'Aliases'
  | 'Origins'
  | 'OriginGroups'
  | 'DefaultCacheBehavior'
  | 'CacheBehaviors'
  | 'CustomErrorResponses'
  | 'Comment'
  | 'PriceClass'
  | 'Enabled'
  | 'ViewerCertificate'
  | 'Restrictions'
  | 'WebACLId'
  | 'HttpVersion'
  | 'IsIPV6Enabled'
  | 'Staging';

/** ListDistributions' DistributionSummary (no ETag: only GetDistribution answers one), with its tags. */
export type SimCloudFrontDistribution = Tagged<Filled<DistributionSummary, SummaryFields>>;

/** Primary and second origin by the distribution's hash: mostly buckets, then load balancers and APIs, then the rest. */
const LAYOUTS: readonly (readonly [OriginKind] | readonly [OriginKind, OriginKind])[] = [
  ['s3'],
  ['s3', 'load-balancer'],
  ['s3'],
  ['s3-website'],
  ['load-balancer'],
  ['s3', 'lambda-url'],
  ['external'],
  ['load-balancer', 's3'],
  ['api'],
  ['s3', 'api'],
];

const DEFAULT_CERTIFICATE: ViewerCertificate = {
  CloudFrontDefaultCertificate: true,
  SSLSupportMethod: 'vip',
  MinimumProtocolVersion: 'TLSv1',
  CertificateSource: 'cloudfront',
};

function generateDistribution(ctx: ScopeContext, index: number): SimCloudFrontDistribution {
  const hash = ctx.hash(SALT_DISTRIBUTION, index, 1);
  const id = distributionIdAt(ctx, index);
  const layout = LAYOUTS[hash % LAYOUTS.length] as readonly OriginKind[];
  const origins = layout.map((kind, slot) => originOf(ctx, index, slot, kind));
  const [primary, second] = origins;
  const certificate = viewerCertificateOf(ctx, index);
  const aliases = certificate ? [`cdn.${certificate.domain}`, `static-${index}.${certificate.domain}`] : [];
  const singlePage = primary?.S3OriginConfig !== undefined && hash % 3 === 0;
  const geoRestricted = (hash >>> 9) % 5 === 0;
  const name = `cdn-${index}`;
  return {
    Id: id,
    ARN: distributionArn(ctx, id),
    Status: index % 9 === 8 ? 'InProgress' : 'Deployed',
    LastModifiedTime: ctx.date('2022-03-01T00:00:00Z', 1000, hash),
    DomainName: distributionDomainName(ctx, index),
    Aliases: aliases.length > 0 ? { Quantity: aliases.length, Items: aliases } : { Quantity: 0 },
    Origins: { Quantity: origins.length, Items: origins },
    OriginGroups: { Quantity: 0 },
    DefaultCacheBehavior: defaultCacheBehavior(primary?.Id as string, (hash >>> 6) % 4 === 0),
    CacheBehaviors: cacheBehaviors(second?.Id),
    CustomErrorResponses: customErrorResponses(singlePage),
    Comment: (hash >>> 7) % 2 === 0 ? '' : `${name} for ${aliases[0] ?? 'the static site'}`,
    PriceClass: (['PriceClass_All', 'PriceClass_100', 'PriceClass_200'] as const)[
      (hash >>> 11) % 3
    ] as 'PriceClass_All',
    Enabled: index % 11 !== 10,
    ViewerCertificate: certificate
      ? {
          ACMCertificateArn: certificate.arn,
          SSLSupportMethod: 'sni-only',
          MinimumProtocolVersion: 'TLSv1.2_2021',
          Certificate: certificate.arn,
          CertificateSource: 'acm',
        }
      : DEFAULT_CERTIFICATE,
    Restrictions: {
      GeoRestriction: geoRestricted
        ? { RestrictionType: 'whitelist', Quantity: 3, Items: ['CA', 'GB', 'US'] }
        : { RestrictionType: 'none', Quantity: 0 },
    },
    WebACLId:
      (hash >>> 13) % 4 === 0
        ? ctx.arn('wafv2', `global/webacl/${name}-acl/${uuidOf(ctx, SALT_DISTRIBUTION, index)}`, {
            region: 'us-east-1',
          })
        : '',
    HttpVersion: (hash >>> 15) % 2 === 0 ? 'http2' : 'http2and3',
    IsIPV6Enabled: (hash >>> 16) % 5 !== 0,
    Staging: false,
    Tags: (hash >>> 17) % 3 === 0 ? [] : [{ Key: 'Name', Value: name }, environmentTag(ctx, SALT_DISTRIBUTION, index)],
  };
}

/**
 * CloudFront distributions, once per account (CloudFront is global): in front of the account's buckets and
 * internet-facing load balancers, or of servers outside AWS; most with an ACM certificate of us-east-1 and aliases.
 */
export const cloudFrontDistributionKind: KindSpec<'cloudFrontDistribution', SimCloudFrontDistribution> = {
  kind: 'cloudFrontDistribution',
  idField: 'Id',
  ids: distributionIds,
  counts: { tiny: 1, small: 3, medium: 10, large: 40 },
  accountWide: true,
  ownFields: ['Tags'],
  generate: generateDistribution,
};
