import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import { environmentTag } from '../tags.js';

export interface SimBucket {
  Name: string;
  CreationDate: Date;
  /** The bucket's region (GetBucketLocation answers an empty LocationConstraint for us-east-1). */
  Region: string;
  Tags: SimTag[];
  Encryption?: { SSEAlgorithm: 'AES256' | 'aws:kms'; KMSMasterKeyID?: string; BucketKeyEnabled: boolean };
  Versioning?: 'Enabled' | 'Suspended';
  PublicAccessBlock?: {
    BlockPublicAcls: boolean;
    IgnorePublicAcls: boolean;
    BlockPublicPolicy: boolean;
    RestrictPublicBuckets: boolean;
  };
  Logging?: { TargetBucket: string; TargetPrefix: string };
}

const SALT_BUCKET = 31;
const BUCKET_WORDS = ['logs', 'assets', 'backups', 'data', 'artifacts', 'reports'];

/** Generated bucket names carry their account and region, so a bucket is found from its name alone. */
export function bucketNameFor(accountId: string, region: string, index: number): string {
  return `${BUCKET_WORDS[index % BUCKET_WORDS.length]}-${accountId}-${region}-${index}`;
}

function parseBucketName(name: string): { accountId: string; region: string; index: number } | undefined {
  const match = /^[a-z]+-(\d{12})-([a-z0-9-]+)-(\d+)$/.exec(name);
  if (!match) return undefined;
  return { accountId: match[1] as string, region: match[2] as string, index: Number(match[3]) };
}

function generateBucket(ctx: ScopeContext, index: number): SimBucket {
  const hash = ctx.hash(SALT_BUCKET, index, 1);
  const versioning = hash % 6;
  return {
    Name: bucketNameFor(ctx.accountId, ctx.region, index),
    CreationDate: ctx.date('2021-01-01T00:00:00Z', 900, hash),
    Region: ctx.region,
    Tags: hash % 2 === 0 ? [] : [{ Key: 'Owner', Value: `team-${hash % 7}` }, environmentTag(ctx, SALT_BUCKET, index)],
    Encryption:
      hash % 5 === 0
        ? {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${ctx.id('instance', index).slice(2)}`,
            BucketKeyEnabled: true,
          }
        : { SSEAlgorithm: 'AES256', BucketKeyEnabled: false },
    ...(versioning < 2
      ? { Versioning: 'Enabled' as const }
      : versioning === 2
        ? { Versioning: 'Suspended' as const }
        : {}),
    ...(hash % 10 < 7
      ? {
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        }
      : {}),
    ...(index > 0 && hash % 3 === 0
      ? { Logging: { TargetBucket: bucketNameFor(ctx.accountId, ctx.region, 0), TargetPrefix: `access/${index}/` } }
      : {}),
  };
}

export const bucketKind: KindSpec<'bucket', SimBucket> = {
  kind: 'bucket',
  idField: 'Name',
  ids: {
    nameAt: (ctx, index) => bucketNameFor(ctx.accountId, ctx.region, index),
    indexOf(ctx, name) {
      const parsed = parseBucketName(name);
      return parsed && parsed.accountId === ctx.accountId && parsed.region === ctx.region ? parsed.index : undefined;
    },
    scopeOf: parseBucketName,
  },
  counts: { tiny: 2, small: 2, medium: 10, large: 60 },
  generate: generateBucket,
  globallyUnique: true,
  added(record, _fields, scope) {
    record.Region = scope.region;
  },
};
