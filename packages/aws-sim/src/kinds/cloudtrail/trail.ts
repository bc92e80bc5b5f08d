import type { Trail } from '@aws-sdk/client-cloudtrail';
import { arnOf } from '../../world/partition.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { logGroupStreamsArn } from '../logs/log-group.js';
import { bucketNameFor } from '../s3/bucket.js';
import { trailNameAt } from './trail-names.js';

type TrailFields =
  | 'Name'
  | 'TrailARN'
  | 'HomeRegion'
  | 'S3BucketName'
  | 'IsMultiRegionTrail'
  | 'IncludeGlobalServiceEvents'
  | 'LogFileValidationEnabled'
  | 'IsOrganizationTrail'
  | 'HasCustomEventSelectors'
  | 'HasInsightSelectors';

/** DescribeTrails' Trail, with what GetTrailStatus and ListTags tell about it. */
export type SimTrail = Tagged<Filled<Trail, TrailFields>> & { IsLogging: boolean };

const SALT_TRAIL = 32;

function trailArn(region: string, accountId: string, name: string): string {
  return arnOf('cloudtrail', region, accountId, `trail/${name}`);
}

/** Trail 0 of the account's first region is multi-region; every trail logs to a bucket of the account. */
export const trailKind: KindSpec<'trail', SimTrail> = {
  kind: 'trail',
  idField: 'Name',
  ids: {
    nameAt: trailNameAt,
    indexOf(ctx, name) {
      const match = /^audit-([a-z0-9-]+)-(\d+)$/.exec(name);
      return match && match[1] === ctx.region ? Number(match[2]) : undefined;
    },
  },
  counts: { tiny: 1, small: 1, medium: 2, large: 3 },
  /** GetTrailStatus tells IsLogging, ListTags the tags. */
  ownFields: ['IsLogging', 'Tags'],
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
      HasCustomEventSelectors: hash % 5 === 0,
      HasInsightSelectors: hash % 11 === 0,
      // trail i delivers to the scope's log group i, made for it
      ...(hash % 4 === 1 && index < ctx.counts.logGroup
        ? {
            CloudWatchLogsLogGroupArn: logGroupStreamsArn(ctx, index),
            CloudWatchLogsRoleArn: ctx.arn('iam', 'role/CloudTrail_CloudWatchLogs_Role', { region: '' }),
          }
        : {}),
      ...(hash % 6 === 2
        ? { SnsTopicName: 'cloudtrail-notices', SnsTopicARN: ctx.arn('sns', 'cloudtrail-notices') }
        : {}),
      ...(hash % 3 === 2 ? { KmsKeyId: kmsKeyArn(ctx, hash >>> 8) } : {}),
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
