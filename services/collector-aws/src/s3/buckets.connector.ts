import {
  GetBucketEncryptionCommand,
  ListBucketsCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
  type Bucket,
  type BucketLoggingStatus,
  type PublicAccessBlockConfiguration,
  type ServerSideEncryptionConfiguration,
  type Tag,
} from '@aws-sdk/client-s3';
import {
  ResourceConnector,
  absentOn,
  awsCall,
  mapBounded,
  paginated,
  requiredField,
} from '@cloud-inventory/collector-kit';

/** A bucket with the details S3 only gives per bucket. */
export interface BucketDetails extends Bucket {
  Name: string;
  Region: string;
  Tags?: Tag[];
  Encryption?: ServerSideEncryptionConfiguration;
  Versioning?: { Status?: string; MFADelete?: string };
  PublicAccessBlock?: PublicAccessBlockConfiguration;
  Logging?: BucketLoggingStatus;
}

/** Buckets whose details are fetched at once; each bucket takes five calls (six without BucketRegion). */
const bucketsInFlight = 32;

export class BucketsConnector extends ResourceConnector<BucketDetails> {
  private readonly buckets = paginated(S3Client, paginateListBuckets, 'Buckets');
  // S3's IAM actions are not all named after its operations.
  readonly calls = [
    awsCall(ListBucketsCommand, 's3:ListAllMyBuckets'),
    awsCall(GetBucketLocationCommand),
    awsCall(GetBucketTaggingCommand),
    awsCall(GetBucketEncryptionCommand, 's3:GetEncryptionConfiguration'),
    awsCall(GetBucketVersioningCommand),
    awsCall(GetPublicAccessBlockCommand, 's3:GetBucketPublicAccessBlock'),
    awsCall(GetBucketLoggingCommand),
  ];

  async *items(): AsyncIterable<BucketDetails> {
    yield* mapBounded(this.buckets.items(this.context), bucketsInFlight, (bucket) => this.details(bucket));
  }

  private async details(bucket: Bucket): Promise<BucketDetails> {
    const Bucket = requiredField(bucket, 'Name');
    const Region = bucket.BucketRegion ?? (await this.locationOf(Bucket));
    // S3 answers a bucket's calls only in the bucket's own region (PermanentRedirect elsewhere).
    const s3 = this.client(S3Client, Region);
    const [tagging, encryption, versioning, publicAccess, logging] = await Promise.all([
      absentOn(s3.send(new GetBucketTaggingCommand({ Bucket })), ['NoSuchTagSet']),
      absentOn(s3.send(new GetBucketEncryptionCommand({ Bucket })), ['ServerSideEncryptionConfigurationNotFoundError']),
      s3.send(new GetBucketVersioningCommand({ Bucket })),
      absentOn(s3.send(new GetPublicAccessBlockCommand({ Bucket })), ['NoSuchPublicAccessBlockConfiguration']),
      s3.send(new GetBucketLoggingCommand({ Bucket })),
    ]);
    const details: BucketDetails = {
      ...bucket,
      Name: Bucket,
      Region,
      Versioning: { Status: versioning.Status, MFADelete: versioning.MFADelete },
    };
    if (tagging?.TagSet) details.Tags = tagging.TagSet;
    if (encryption?.ServerSideEncryptionConfiguration)
      details.Encryption = encryption.ServerSideEncryptionConfiguration;
    if (publicAccess?.PublicAccessBlockConfiguration)
      details.PublicAccessBlock = publicAccess.PublicAccessBlockConfiguration;
    if (logging.LoggingEnabled) details.Logging = { LoggingEnabled: logging.LoggingEnabled };
    return details;
  }

  /** ListBuckets names each bucket's region (since late 2024); older S3-compatible endpoints need one call a bucket. */
  private async locationOf(Bucket: string): Promise<string> {
    const location = await this.client(S3Client).send(new GetBucketLocationCommand({ Bucket }));
    return regionOfLocation(location.LocationConstraint);
  }
}

// An empty LocationConstraint is how S3 says us-east-1; "EU" is the legacy name of eu-west-1.
function regionOfLocation(constraint: string | undefined): string {
  if (!constraint) return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}
