import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import { bucketNameFor } from '../s3/bucket.js';

export interface SimTrail {
  Name: string;
  TrailARN: string;
  HomeRegion: string;
  S3BucketName: string;
  S3KeyPrefix?: string;
  IsMultiRegionTrail: boolean;
  IncludeGlobalServiceEvents: boolean;
  LogFileValidationEnabled: boolean;
  IsOrganizationTrail: boolean;
  IsLogging: boolean;
  KmsKeyId?: string;
  Tags: SimTag[];
}

const SALT_TRAIL = 32;

function trailArn(region: string, accountId: string, name: string): string {
  return `arn:aws:cloudtrail:${region}:${accountId}:trail/${name}`;
}

/** Trail 0 of the account's first region is multi-region; every trail logs to a bucket of the account. */
export const trailKind: KindSpec<'trail', SimTrail> = {
  kind: 'trail',
  idField: 'Name',
  ids: {
    nameAt: (ctx, index) => `audit-${ctx.region}-${index}`,
    indexOf(ctx, name) {
      const match = /^audit-([a-z0-9-]+)-(\d+)$/.exec(name);
      return match && match[1] === ctx.region ? Number(match[2]) : undefined;
    },
  },
  counts: { tiny: 1, small: 1, medium: 2, large: 3 },
  generate(ctx, index) {
    const hash = ctx.hash(SALT_TRAIL, index, 1);
    const homeRegion = ctx.accountRegions[0] ?? ctx.region;
    const isMultiRegion = index === 0 && ctx.region === homeRegion;
    const name = ctx.id('trail', index);
    return {
      Name: name,
      TrailARN: trailArn(ctx.region, ctx.accountId, name),
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
  },
  added(record, fields, scope) {
    if (fields.Name !== undefined && fields.TrailARN === undefined) {
      record.TrailARN = trailArn(scope.region, scope.account, record.Name);
    }
    record.HomeRegion = scope.region;
  },
};
