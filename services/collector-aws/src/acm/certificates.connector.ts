import {
  ACMClient,
  DescribeCertificateCommand,
  KeyAlgorithm,
  ListCertificatesCommand,
  ListTagsForCertificateCommand,
  paginateListCertificates,
  type CertificateDetail,
  type CertificateSummary,
  type Tag,
} from '@aws-sdk/client-acm';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

/** DescribeCertificate's detail (InUseBy: the resources using it), with its tags. */
export interface CertificateDetails extends CertificateDetail {
  CertificateArn: string;
  Tags?: Tag[];
}

// ACM has no batch call: DescribeCertificate and ListTagsForCertificate take one certificate each.
const certificatesInFlight = 8;

export class CertificatesConnector extends ResourceConnector<CertificateDetails> {
  // Without Includes.keyTypes ListCertificates shows RSA_1024 and RSA_2048 certificates only.
  private readonly certificates = paginated(ACMClient, paginateListCertificates, 'CertificateSummaryList', {
    input: { Includes: { keyTypes: Object.values(KeyAlgorithm) } },
  });
  readonly calls = [ListCertificatesCommand, DescribeCertificateCommand, ListTagsForCertificateCommand].map((command) =>
    awsCall(command),
  );

  async *items(): AsyncIterable<CertificateDetails> {
    yield* mapBounded(this.certificates.items(this.context), certificatesInFlight, (summary) => this.details(summary));
  }

  private async details(summary: CertificateSummary): Promise<CertificateDetails> {
    const acm = this.client(ACMClient);
    const CertificateArn = requiredField(summary, 'CertificateArn');
    const [described, tagged] = await Promise.all([
      acm.send(new DescribeCertificateCommand({ CertificateArn })),
      acm.send(new ListTagsForCertificateCommand({ CertificateArn })),
    ]);
    const certificate: CertificateDetails = { ...described.Certificate, CertificateArn };
    if (tagged.Tags) certificate.Tags = tagged.Tags;
    return certificate;
  }
}
