import {
  MappingError,
  ResourceManager,
  arnFor,
  awsTags,
  keepingArns,
  optional,
  rawExcept,
  tagOr,
} from '@cloud-inventory/collector-kit';
import type { CertificateDetails } from './certificates.connector.js';

/** The certificate's id: the UUID ending its ARN (`arn:...:acm:<region>:<account>:certificate/<uuid>`). */
function certificateIdOf(certificate: CertificateDetails): string {
  const id = /:certificate\/([^/]+)$/.exec(certificate.CertificateArn)?.[1];
  if (id === undefined) throw new MappingError('CertificateArn');
  return id;
}

/**
 * Certificates of every status and key type. InUseBy (in data) names the load balancers and CloudFront
 * distributions using each one: edges to them come with those kinds.
 */
export class CertificatesManager extends ResourceManager<CertificateDetails> {
  readonly kind = 'aws_acm_certificate';
  readonly serviceType = { group: 'ACM', type: 'Certificate', name: 'ACM Certificate', labels: ['Security'] };
  // CloudFront names its certificate by ARN (in us-east-1, whatever the distribution's scope)
  readonly uid = keepingArns(arnFor('acm', 'certificate/'));
  readonly mapping = {
    id: certificateIdOf,
    name: tagOr('Name', 'DomainName'),
    created_at: optional('CreatedAt'),
    tags: awsTags(),
    data: rawExcept<CertificateDetails>('Tags'),
  };
}
