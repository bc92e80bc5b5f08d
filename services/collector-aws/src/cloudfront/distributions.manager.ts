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
 * Distributions, once per account. Each routes to its S3 bucket origins (named by the bucket's endpoint) and uses
 * its ACM certificate (by ARN, in us-east-1). Every origin's domain stays in data: a load balancer's (a DNS name no
 * string turns into a uid), an API Gateway's, a Lambda function URL's or a server's outside AWS; so does the WAF web
 * ACL (WebACLId). An API Gateway origin (`apiOfOrigin`) is a REST API or an HTTP API, which its host cannot tell: its
 * edge is to point at `aws_apigateway_rest_api` once that kind is registered.
 */
export class DistributionsManager extends ResourceManager<DistributionDetails> {
  readonly kind = DISTRIBUTION.kind;
  readonly serviceType = {
    group: 'CloudFront',
    type: 'Distribution',
    name: 'CloudFront Distribution',
    labels: ['Networking'],
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
    edge(
      'uses',
      CertificatesManager,
      (distribution: DistributionDetails) => distribution.ViewerCertificate?.ACMCertificateArn,
    ),
  ];
}
