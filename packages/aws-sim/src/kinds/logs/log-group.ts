import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import type { ScopeContext } from '../../world/scope-context.js';
import { trailNameAt } from '../cloudtrail/trail-names.js';
import { indexedNames } from '../indexed-names.js';
import type { KindSpec } from '../kind-spec.js';
import { kmsKeyArn } from '../kms/key-layout.js';
import type { Filled, Tagged } from '../populated.js';
import { environmentTag } from '../tags.js';

type LogGroupFields =
  | 'logGroupName'
  | 'creationTime'
  | 'metricFilterCount'
  | 'arn'
  | 'storedBytes'
  | 'logGroupClass'
  | 'logGroupArn'
  | 'dataProtectionStatus'
  | 'deletionProtectionEnabled';

/** DescribeLogGroups' LogGroup, with the tags ListTagsForResource gives. */
export type SimLogGroup = Tagged<Filled<LogGroup, LogGroupFields>>;

const SALT_LOG_GROUP = 43;
const SOURCES = [
  '/aws/lambda/function',
  '/ecs/service',
  '/aws/apigateway/access',
  '/app/worker',
  '/aws/eks/cluster',
  '/aws/vpc/flow-logs',
];
const FLOW_LOGS_SOURCE = SOURCES.indexOf('/aws/vpc/flow-logs');
const RETENTION_DAYS = [7, 14, 30, 90, 365];

/** The first groups receive the scope's trails' events (trail i logs to group i); the others are services' logs. */
export function logGroupNameAt(ctx: ScopeContext, index: number): string {
  return index < ctx.counts.trail
    ? `aws-cloudtrail-logs-${trailNameAt(ctx, index)}`
    : `${SOURCES[index % SOURCES.length]}-${index}`;
}

/**
 * The group flow log f delivers to, where the scope has groups for flow logs (those of the `/aws/vpc/flow-logs`
 * source, after the trails' ones): the (f mod n)-th of them, so that several flow logs may share one.
 */
export function flowLogGroupIndex(ctx: ScopeContext, flowLogIndex: number): number | undefined {
  const period = SOURCES.length;
  const from = Math.min(ctx.counts.trail, ctx.counts.logGroup);
  const first = from + ((FLOW_LOGS_SOURCE - (from % period) + period) % period);
  const groups = Math.max(0, Math.ceil((ctx.counts.logGroup - first) / period));
  return groups === 0 ? undefined : first + period * (flowLogIndex % groups);
}

/** The ARN CloudTrail and other services name a group by (DescribeLogGroups' `arn`, ending in `:*`). */
export function logGroupStreamsArn(ctx: ScopeContext, index: number): string {
  return `${ctx.arn('logs', `log-group:${logGroupNameAt(ctx, index)}`)}:*`;
}

export const logGroupKind: KindSpec<'logGroup', SimLogGroup> = {
  kind: 'logGroup',
  idField: 'logGroupName',
  ids: indexedNames(logGroupNameAt),
  counts: { tiny: 2, small: 12, medium: 120, large: 900 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_LOG_GROUP, index, 1);
    const name = logGroupNameAt(ctx, index);
    const group: SimLogGroup = {
      logGroupName: name,
      creationTime: ctx.date('2022-01-01T00:00:00Z', 800, hash).getTime(),
      metricFilterCount: hash % 5 === 0 ? 1 + (hash % 3) : 0,
      arn: logGroupStreamsArn(ctx, index),
      storedBytes: hash % 7 === 0 ? 0 : (hash >>> 3) * 17,
      logGroupClass: hash % 9 === 4 ? 'INFREQUENT_ACCESS' : 'STANDARD',
      logGroupArn: ctx.arn('logs', `log-group:${name}`),
      dataProtectionStatus: 'DISABLED',
      deletionProtectionEnabled: hash % 11 === 3,
      Tags:
        hash % 3 === 0 ? [] : [{ Key: 'Team', Value: `team-${hash % 6}` }, environmentTag(ctx, SALT_LOG_GROUP, index)],
    };
    if (hash % 4 !== 0) group.retentionInDays = RETENTION_DAYS[(hash >>> 4) % RETENTION_DAYS.length] as number;
    // Logs has no AWS managed key: an encrypted group names a customer managed key
    if (hash % 5 === 2) group.kmsKeyId = kmsKeyArn(ctx, hash >>> 6);
    return group;
  },
};
