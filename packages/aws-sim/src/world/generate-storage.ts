import { environmentTag } from './generate-network.js';
import type { SimBucket, SimTrail } from './records.js';
import { bucketNameFor, type ScopeContext } from './scope-context.js';

const SALT_BUCKET = 31;
const SALT_TRAIL = 32;

export function generateBucket(ctx: ScopeContext, index: number): SimBucket {
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

export function trailNameFor(region: string, index: number): string {
  return `audit-${region}-${index}`;
}

export function parseGeneratedTrailName(name: string): { region: string; index: number } | undefined {
  const match = /^audit-([a-z0-9-]+)-(\d+)$/.exec(name);
  return match ? { region: match[1] as string, index: Number(match[2]) } : undefined;
}

/** Trail 0 of the account's first region is multi-region; every trail logs to a bucket of the account. */
export function generateTrail(ctx: ScopeContext, index: number): SimTrail {
  const hash = ctx.hash(SALT_TRAIL, index, 1);
  const homeRegion = ctx.accountRegions[0] ?? ctx.region;
  const isMultiRegion = index === 0 && ctx.region === homeRegion;
  const name = trailNameFor(ctx.region, index);
  return {
    Name: name,
    TrailARN: `arn:aws:cloudtrail:${ctx.region}:${ctx.accountId}:trail/${name}`,
    HomeRegion: ctx.region,
    S3BucketName: bucketNameFor(ctx.accountId, ctx.counts.bucket > 0 ? homeRegion : ctx.region, 0),
    ...(hash % 2 === 0 ? { S3KeyPrefix: `trails/${ctx.region}` } : {}),
    IsMultiRegionTrail: isMultiRegion,
    IncludeGlobalServiceEvents: isMultiRegion,
    LogFileValidationEnabled: hash % 3 !== 0,
    IsOrganizationTrail: false,
    IsLogging: hash % 7 !== 0,
    Tags: [{ Key: 'Purpose', Value: 'audit' }],
  };
}
