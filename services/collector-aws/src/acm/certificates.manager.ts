import {
  MappingError,
  ResourceManager,
  arnFor,
  awsTags,
  edge,
  keepingArns,
  optional,
  rawExcept,
  tagOr,
} from '@cloud-inventory/collector-kit';
import type { CertificateDetails } from './certificates.connector.js';
import { DISTRIBUTION } from '../cloudfront/cloudfront-identities.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';

/** The certificate's id: the UUID ending its ARN (`arn:...:acm:<region>:<account>:certificate/<uuid>`). */
function certificateIdOf(certificate: CertificateDetails): string {
  const id = /:certificate\/([^/]+)$/.exec(certificate.CertificateArn)?.[1];
  if (id === undefined) throw new MappingError('CertificateArn');
  return id;
}

// arn:<partition>:elasticloadbalancing:<region>:<account>:loadbalancer/<app|net|gateway>/<name>/<id>, or /<name> (classic)
const LOAD_BALANCER_ARN = /^arn:[a-z-]+:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/(.+)$/;

/** The ELBv2 load balancers (by ARN) or classic ones (by name) among the resources using the certificate. */
function loadBalancersUsing(certificate: CertificateDetails, classic: boolean): string[] {
  return (certificate.InUseBy ?? []).flatMap((arn) => {
    const path = LOAD_BALANCER_ARN.exec(arn)?.[1];
    if (path === undefined) return [];
    const isClassic = !path.includes('/');
    if (isClassic !== classic) return [];
    return [classic ? path : arn];
  });
}

// arn:<partition>:cloudfront::<account>:distribution/<id>
const DISTRIBUTION_ARN = /^arn:[a-z-]+:cloudfront::\d{12}:distribution\/[A-Z0-9]+$/;

/**
 * Certificates of every status and key type. InUseBy (in data) names the resources using each one: the load
 * balancers and CloudFront distributions among them are edges (`used_by`).
 */
export class CertificatesManager extends ResourceManager<CertificateDetails> {
  readonly kind = 'aws_acm_certificate';
  readonly serviceType = {
    group: 'ACM',
    type: 'Certificate',
    name: 'ACM Certificate',
    labels: ['Security'],
    family: 'certificate',
  };
  // CloudFront names its certificate by ARN (in us-east-1, whatever the distribution's scope)
  readonly uid = keepingArns(arnFor('acm', 'certificate/'));
  readonly mapping = {
    id: certificateIdOf,
    name: tagOr('Name', 'DomainName'),
    created_at: optional('CreatedAt'),
    tags: awsTags(),
    data: rawExcept<CertificateDetails>('Tags'),
  };
  override readonly relationships = [
    edge('used_by', LoadBalancersManager, (certificate: CertificateDetails) => loadBalancersUsing(certificate, false)),
    edge('used_by', ClassicLoadBalancersManager, (certificate: CertificateDetails) =>
      loadBalancersUsing(certificate, true),
    ),
    edge('used_by', DISTRIBUTION, (certificate: CertificateDetails) =>
      (certificate.InUseBy ?? []).filter((arn) => DISTRIBUTION_ARN.test(arn)),
    ),
  ];
}
