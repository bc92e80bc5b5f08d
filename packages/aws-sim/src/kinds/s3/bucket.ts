import { createHash } from 'node:crypto';
import type { GetBucketAclOutput, Grant, OwnershipControls } from '@aws-sdk/client-s3';
import { arnOf } from '../../world/partition.js';
import type { SimTag } from '../../world/records.js';
import type { ScopeContext } from '../../world/scope-context.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
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
  /** GetBucketAcl's answer. */
  Acl: Filled<GetBucketAclOutput, 'Owner' | 'Grants'>;
  /** The bucket policy's JSON text; absent: GetBucketPolicy answers NoSuchBucketPolicy. */
  Policy?: string;
  /** Absent: GetBucketOwnershipControls answers OwnershipControlsNotFoundError. */
  OwnershipControls?: OwnershipControls;
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

/** The canonical user id S3 shows for an account (ListBuckets' and GetBucketAcl's Owner.ID). */
export function canonicalUserId(accountId: string): string {
  return createHash('sha256').update(`canonical-${accountId}`).digest('hex');
}

const LOG_DELIVERY: Grant = {
  Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' },
  Permission: 'WRITE',
};

/** Only the owner, with full control; a bucket that receives access logs also lets the log delivery group write. */
function bucketAcl(ctx: ScopeContext, index: number): SimBucket['Acl'] {
  const owner = { ID: canonicalUserId(ctx.accountId), DisplayName: `account-${ctx.accountId}` };
  const ownerGrant: Grant = { Grantee: { Type: 'CanonicalUser', ...owner }, Permission: 'FULL_CONTROL' };
  return { Owner: owner, Grants: index === 0 ? [ownerGrant, LOG_DELIVERY] : [ownerGrant] };
}

/** A policy refusing requests without TLS, the most common bucket policy there is. */
function tlsOnlyPolicy(ctx: ScopeContext, name: string): string {
  const bucketArn = arnOf('s3', '', '', name, ctx.region);
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
}

/** Since April 2023 new buckets enforce bucket ownership; older ones may have any setting or none. */
function ownershipControls(created: Date, hash: number): OwnershipControls | undefined {
  if (created >= OWNER_ENFORCED_SINCE || hash % 4 === 0) return { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] };
  if (hash % 4 === 1) return { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] };
  if (hash % 4 === 2) return { Rules: [{ ObjectOwnership: 'ObjectWriter' }] };
  return undefined;
}

const OWNER_ENFORCED_SINCE = new Date('2023-04-01T00:00:00Z');

function generateBucket(ctx: ScopeContext, index: number): SimBucket {
  const hash = ctx.hash(SALT_BUCKET, index, 1);
  const versioning = hash % 6;
  const name = bucketNameFor(ctx.accountId, ctx.region, index);
  const created = ctx.date('2021-01-01T00:00:00Z', 900, hash);
  const controls = ownershipControls(created, hash >>> 8);
  return {
    Name: name,
    CreationDate: created,
    Region: ctx.region,
    Tags: hash % 2 === 0 ? [] : [{ Key: 'Owner', Value: `team-${hash % 7}` }, environmentTag(ctx, SALT_BUCKET, index)],
    Encryption:
      hash % 5 === 0
        ? {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: kmsKeyArn(ctx, hash >>> 4),
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
    Acl: bucketAcl(ctx, index),
    ...((hash >>> 12) % 3 === 0 ? { Policy: tlsOnlyPolicy(ctx, name) } : {}),
    ...(controls ? { OwnershipControls: controls } : {}),
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
