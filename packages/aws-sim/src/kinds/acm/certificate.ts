import type { CertificateDetail } from '@aws-sdk/client-acm';
import type { ScopeContext } from '../../world/scope-context.js';
import {
  SALT_CERTIFICATE,
  certificateDomainAt,
  certificateIdAt,
  certificateStatusAt,
  isImportedAt,
} from './certificate-layout.js';
import { loadBalancerArn } from '../elbv2/elbv2-arns.js';
import { distributionsUsingCertificate } from '../cloudfront/viewer-certificates.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';

type CertificateFields =
  | 'CertificateArn'
  | 'DomainName'
  | 'SubjectAlternativeNames'
  | 'CreatedAt'
  | 'Status'
  | 'KeyAlgorithm'
  | 'SignatureAlgorithm'
  | 'InUseBy'
  | 'Type'
  | 'KeyUsages'
  | 'ExtendedKeyUsages'
  | 'RenewalEligibility'
  | 'Options';

/** DescribeCertificate's CertificateDetail, with its id (the ARN's UUID) and the tags ListTagsForCertificate gives. */
export type SimCertificate = Tagged<Filled<CertificateDetail, CertificateFields>> & { CertificateId: string };

/**
 * The resources using a certificate, by ARN: the account's CloudFront distributions that use it (a us-east-1
 * certificate), and one of the scope's ELBv2 load balancers (its HTTPS or TLS listener), or for one in four a classic
 * load balancer (`loadbalancer/<name>`); none in a scope without them.
 */
function usersOf(ctx: ScopeContext, index: number, hash: number): string[] {
  const distributions = distributionsUsingCertificate(ctx, index);
  return hash % 3 === 0 ? [...distributions, ...loadBalancersUsing(ctx, hash)] : distributions;
}

function loadBalancersUsing(ctx: ScopeContext, hash: number): string[] {
  const { elbv2LoadBalancer, classicLoadBalancer } = ctx.counts;
  const pick = hash >>> 2;
  if (classicLoadBalancer > 0 && (pick % 4 === 0 || elbv2LoadBalancer === 0)) {
    const name = ctx.id('classicLoadBalancer', pick % classicLoadBalancer);
    return [ctx.arn('elasticloadbalancing', `loadbalancer/${name}`)];
  }
  return elbv2LoadBalancer > 0 ? [loadBalancerArn(ctx, (pick >>> 2) % elbv2LoadBalancer)] : [];
}

const DAY = 86_400_000;

/** Amazon issued certificates (some pending validation or expired), one in five imported, one in six ECDSA. */
export const certificateKind: KindSpec<'certificate', SimCertificate> = {
  kind: 'certificate',
  idField: 'CertificateId',
  ids: {
    nameAt: certificateIdAt,
    indexOf(ctx, id) {
      const index = parseInt(id.slice(-12), 16);
      return Number.isInteger(index) && certificateIdAt(ctx, index) === id ? index : undefined;
    },
  },
  counts: { tiny: 1, small: 4, medium: 20, large: 80 },
  ownFields: ['CertificateId', 'Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_CERTIFICATE, index, 1);
    const id = certificateIdAt(ctx, index);
    const domain = certificateDomainAt(index);
    const imported = isImportedAt(index);
    const status = certificateStatusAt(index);
    const ecdsa = index % 6 === 5;
    const created = ctx.date('2023-01-01T00:00:00Z', 700, hash);
    const certificate: SimCertificate = {
      CertificateId: id,
      CertificateArn: ctx.arn('acm', `certificate/${id}`),
      DomainName: domain,
      SubjectAlternativeNames: [domain, `*.${domain}`],
      CreatedAt: created,
      Status: status,
      KeyAlgorithm: ecdsa ? 'EC_prime256v1' : 'RSA_2048',
      SignatureAlgorithm: ecdsa ? 'SHA256WITHECDSA' : 'SHA256WITHRSA',
      InUseBy: status === 'ISSUED' ? usersOf(ctx, index, hash >>> 4) : [],
      Type: imported ? 'IMPORTED' : 'AMAZON_ISSUED',
      KeyUsages: [{ Name: 'DIGITAL_SIGNATURE' }, { Name: 'KEY_ENCIPHERMENT' }],
      ExtendedKeyUsages: [
        { Name: 'TLS_WEB_SERVER_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.1' },
        { Name: 'TLS_WEB_CLIENT_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.2' },
      ],
      RenewalEligibility: imported ? 'INELIGIBLE' : 'ELIGIBLE',
      Options: { CertificateTransparencyLoggingPreference: 'ENABLED', Export: 'DISABLED' },
      Tags:
        hash % 2 === 0 ? [] : [{ Key: 'Service', Value: `svc-${index}` }, environmentTag(ctx, SALT_CERTIFICATE, index)],
    };
    if (!imported) {
      certificate.DomainValidationOptions = [
        {
          DomainName: domain,
          ValidationDomain: domain,
          ValidationStatus: status === 'PENDING_VALIDATION' ? 'PENDING_VALIDATION' : 'SUCCESS',
          ValidationMethod: 'DNS',
          ResourceRecord: {
            Name: `_${id.slice(0, 8)}.${domain}.`,
            Type: 'CNAME',
            Value: `_${id.slice(9, 13)}.acm-validations.aws.`,
          },
        },
      ];
    }
    if (status === 'PENDING_VALIDATION') return certificate;
    const issued = new Date(created.getTime() + (imported ? 0 : 600_000));
    const notBefore = new Date(Math.floor(issued.getTime() / DAY) * DAY);
    certificate.Serial = Array.from(ctx.bytes(SALT_CERTIFICATE, index, 16), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join(':');
    certificate.Subject = `CN=${domain}`;
    certificate.Issuer = imported ? 'Example Corp Internal CA' : 'Amazon';
    certificate.NotBefore = notBefore;
    certificate.NotAfter = new Date(notBefore.getTime() + (status === 'EXPIRED' ? 90 : 395) * DAY);
    if (imported) certificate.ImportedAt = issued;
    else certificate.IssuedAt = issued;
    return certificate;
  },
};
