import { DescribeCertificate$, ListCertificates$, ListTagsForCertificate$ } from '@aws-sdk/client-acm';
import type {
  CertificateSummary,
  DescribeCertificateRequest,
  DescribeCertificateResponse,
  ListCertificatesRequest,
  ListTagsForCertificateRequest,
  ListTagsForCertificateResponse,
} from '@aws-sdk/client-acm';
import { AwsApiError } from '../../errors.js';
import type { CallContext } from '../../http/http-types.js';
import type { SimCertificate } from '../../kinds/acm/certificate.js';
import { awsJson1_1 } from '../../protocols/aws-json.js';
import { collectionFor, listKind } from '../list-kind.js';
import { declareService, operation } from '../service-declaration.js';

/** ListCertificates shows RSA_1024 and RSA_2048 certificates only, unless Includes names other key types. */
const DEFAULT_KEY_TYPES = ['RSA_1024', 'RSA_2048'];

function summaryOf(certificate: SimCertificate): CertificateSummary {
  const {
    CertificateId: _id,
    Tags: _tags,
    SubjectAlternativeNames,
    InUseBy,
    KeyUsages,
    ExtendedKeyUsages,
    ...rest
  } = certificate;
  return {
    CertificateArn: rest.CertificateArn,
    DomainName: rest.DomainName,
    SubjectAlternativeNameSummaries: SubjectAlternativeNames,
    HasAdditionalSubjectAlternativeNames: false,
    Status: rest.Status,
    Type: rest.Type,
    KeyAlgorithm: rest.KeyAlgorithm,
    KeyUsages: KeyUsages.map((usage) => usage.Name).filter((name) => name !== undefined),
    ExtendedKeyUsages: ExtendedKeyUsages.map((usage) => usage.Name).filter((name) => name !== undefined),
    ExportOption: rest.Options.Export,
    InUse: InUseBy.length > 0,
    Exported: false,
    RenewalEligibility: rest.RenewalEligibility,
    CreatedAt: rest.CreatedAt,
    ...(rest.NotBefore ? { NotBefore: rest.NotBefore, NotAfter: rest.NotAfter } : {}),
    ...(rest.IssuedAt ? { IssuedAt: rest.IssuedAt } : {}),
    ...(rest.ImportedAt ? { ImportedAt: rest.ImportedAt } : {}),
  };
}

function requireCertificate(call: CallContext, arn: unknown): SimCertificate {
  const id =
    typeof arn === 'string'
      ? /^arn:aws(?:-cn|-us-gov)?:acm:[a-z0-9-]+:\d{12}:certificate\/([0-9a-f-]+)$/.exec(arn)?.[1]
      : undefined;
  if (id === undefined) throw new AwsApiError('InvalidArnException', `String '${String(arn)}' is not a valid ARN`, 400);
  const certificate = collectionFor('certificate', call).get(id);
  if (!certificate || certificate.CertificateArn !== arn) {
    throw new AwsApiError('ResourceNotFoundException', `Could not find certificate ${arn}.`, 400);
  }
  return certificate;
}

function describeCertificate(input: DescribeCertificateRequest, call: CallContext): DescribeCertificateResponse {
  const { CertificateId: _id, Tags: _tags, ...certificate } = requireCertificate(call, input.CertificateArn);
  return { Certificate: certificate };
}

function listTagsForCertificate(
  input: ListTagsForCertificateRequest,
  call: CallContext,
): ListTagsForCertificateResponse {
  return { Tags: requireCertificate(call, input.CertificateArn).Tags };
}

/** ACM over JSON 1.1 (`CertificateManager.<Operation>`): certificates, paged by NextToken / MaxItems (at most 1000). */
export const acmService = declareService({
  name: 'acm',
  protocol: awsJson1_1,
  targetPrefixes: ['CertificateManager'],
  errors: { invalidPaginationToken: ['InvalidArgsException', 400], malformedInput: ['ValidationException', 400] },
  operations: [
    operation(
      ListCertificates$,
      listKind<'certificate', ListCertificatesRequest>('certificate', {
        paging: {
          items: 'CertificateSummaryList',
          limit: 'MaxItems',
          limits: { min: 1, max: 1000, aboveMax: 'reject' },
        },
        where(input) {
          const keyTypes: string[] = input.Includes?.keyTypes ?? DEFAULT_KEY_TYPES;
          const statuses: string[] | undefined = input.CertificateStatuses;
          return (certificate) =>
            keyTypes.includes(certificate.KeyAlgorithm) && (!statuses?.length || statuses.includes(certificate.Status));
        },
        itemOf: summaryOf,
      }),
    ),
    operation(DescribeCertificate$, describeCertificate),
    operation(ListTagsForCertificate$, listTagsForCertificate),
  ],
});
