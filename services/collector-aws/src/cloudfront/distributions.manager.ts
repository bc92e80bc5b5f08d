import {
  ResourceManager,
  awsTags,
  edge,
  optional,
  rawExcept,
  required,
  requiredField,
} from '@cloud-inventory/collector-kit';
import { CertificatesManager } from '../acm/certificates.manager.js';
import { HTTP_API, REST_API } from '../apigateway/apigateway-identities.js';
import { resolvedTargets } from '../dns/dns-targets.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { BucketsManager } from '../s3/buckets.manager.js';
import { DISTRIBUTION } from './cloudfront-identities.js';
import type { DistributionDetails } from './distributions.connector.js';
import { bucketOfOrigin } from './origin-hosts.js';

const tagsOf = awsTags();

/** The Name tag, else the first alias (the name people use), else the CloudFront domain. */
function distributionName(distribution: DistributionDetails): string {
  return (
    tagsOf(distribution).Name ||
    distribution.Aliases?.Items?.find((alias) => alias !== '') ||
    requiredField(distribution, 'DomainName')
  );
}

const originDomains = (distribution: DistributionDetails) =>
  distribution.Origins?.Items?.map((origin) => origin.DomainName) ?? [];

/**
 * Distributions, once per account. Each routes to its origins: S3 buckets (named by the bucket's endpoint), load
 * balancers and API Gateway REST or HTTP APIs (found by their DNS names, as Route 53 records are: `Targets` in data,
 * `Dangling` where a successful lookup shows no such resource of the account); and uses its ACM certificate (by ARN,
 * in us-east-1). Lambda function URLs, servers outside AWS and the WAF web ACL (WebACLId) stay in data.
 */
export class DistributionsManager extends ResourceManager<DistributionDetails> {
  readonly kind = DISTRIBUTION.kind;
  readonly serviceType = {
    group: 'CloudFront',
    type: 'Distribution',
    name: 'CloudFront Distribution',
    labels: ['Networking'],
    family: 'distribution',
  };
  override readonly isGlobal = true;
  readonly uid = DISTRIBUTION.uid;
  readonly mapping = {
    id: required('Id'),
    name: distributionName,
    updated_at: optional('LastModifiedTime'),
    tags: tagsOf,
    data: rawExcept<DistributionDetails>('Tags'),
  };
  override readonly relationships = [
    edge('routes_to', BucketsManager, (distribution: DistributionDetails) =>
      originDomains(distribution).map(bucketOfOrigin),
    ),
    edge('routes_to', LoadBalancersManager, resolvedTargets('elbv2')),
    edge('routes_to', ClassicLoadBalancersManager, resolvedTargets('elb')),
    edge('routes_to', REST_API, resolvedTargets('rest-api')),
    edge('routes_to', HTTP_API, resolvedTargets('http-api')),
    edge(
      'uses',
      CertificatesManager,
      (distribution: DistributionDetails) => distribution.ViewerCertificate?.ACMCertificateArn,
    ),
  ];
}
