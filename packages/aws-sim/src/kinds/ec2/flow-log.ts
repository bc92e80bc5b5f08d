import type { FlowLog } from '@aws-sdk/client-ec2';
import { pick } from '../../world/hash.js';
import type { ScopeContext } from '../../world/scope-context.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled, Tagged } from '../populated.js';
import { flowLogGroupIndex, logGroupNameAt } from '../logs/log-group.js';
import { bucketNameFor } from '../s3/bucket.js';
import { vpcIndexOf } from './connectivity-layout.js';
import { eniIdOf } from './eni-sources.js';
import { PAGE_1000_CLAMPED } from './ec2-pages.js';

type FlowLogFields =
  | 'CreationTime'
  | 'DeliverLogsStatus'
  | 'FlowLogId'
  | 'FlowLogStatus'
  | 'ResourceId'
  | 'TrafficType'
  | 'LogDestinationType'
  | 'LogDestination'
  | 'LogFormat'
  | 'MaxAggregationInterval';

export type SimFlowLog = Tagged<Filled<FlowLog, FlowLogFields>>;

const SALT_FLOW_LOG = 46;
const DEFAULT_FORMAT =
  '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}';

/**
 * What flow log f watches: a vpc (f = 3k), a subnet (3k+1) or an instance's network interface (3k+2), each of the
 * scope where it has one, else its vpc.
 */
function watched(ctx: ScopeContext, index: number): string {
  if (index % 3 === 1 && ctx.counts.subnet > 0) return ctx.id('subnet', index % ctx.counts.subnet);
  const instance = ctx.counts.instance > 0 && ctx.counts.subnet > 0 ? index % ctx.counts.instance : undefined;
  if (index % 3 === 2 && instance !== undefined) return eniIdOf(ctx, 'instance', instance);
  return ctx.id('vpc', vpcIndexOf(ctx, index));
}

/**
 * Flow logs to S3 (a bucket of the account's region, under a prefix), even ones and those with no flow log group to
 * deliver to, or to a CloudWatch Logs group of the logGroup kind.
 */
export const flowLogKind: KindSpec<'flowLog', SimFlowLog> = {
  kind: 'flowLog',
  idField: 'FlowLogId',
  ids: { prefix: 'fl-' },
  counts: { tiny: 1, small: 2, medium: 6, large: 20 },
  needs: ['vpc'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_FLOW_LOG, index, 1);
    const logGroup = flowLogGroupIndex(ctx, index);
    const toS3 = ctx.counts.bucket > 0 && (index % 2 === 0 || logGroup === undefined);
    const flowLogId = ctx.id('flowLog', index);
    const resourceId = watched(ctx, index);
    const flowLog: SimFlowLog = {
      CreationTime: ctx.date('2023-04-01T00:00:00Z', 500, ctx.hash(SALT_FLOW_LOG, index, 2)),
      DeliverLogsStatus: hash % 10 === 9 ? 'FAILED' : 'SUCCESS',
      FlowLogId: flowLogId,
      FlowLogStatus: 'ACTIVE',
      ResourceId: resourceId,
      TrafficType: pick(['ALL', 'REJECT', 'ACCEPT'], hash >>> 4),
      LogDestinationType: toS3 ? 's3' : 'cloud-watch-logs',
      LogDestination: '',
      LogFormat: DEFAULT_FORMAT,
      MaxAggregationInterval: hash % 4 === 0 ? 60 : 600,
      Tags: [{ Key: 'Name', Value: `flow-log-${index}` }],
    };
    if (toS3) {
      const bucket = bucketNameFor(ctx.accountId, ctx.region, index % ctx.counts.bucket);
      flowLog.LogDestination = ctx.arn('s3', `${bucket}/flow-logs/${resourceId}/`, { region: '', account: '' });
      flowLog.DestinationOptions = {
        FileFormat: 'plain-text',
        HiveCompatiblePartitions: false,
        PerHourPartition: false,
      };
    } else {
      // without groups or buckets in the scope, the name of a group AWS would create
      const group = logGroup === undefined ? `/aws/vpc/flow-logs/${resourceId}` : logGroupNameAt(ctx, logGroup);
      flowLog.LogGroupName = group;
      flowLog.LogDestination = ctx.arn('logs', `log-group:${group}`);
      flowLog.DeliverLogsPermissionArn = ctx.arn('iam', 'role/flow-logs-delivery', { region: '' });
    }
    if (flowLog.DeliverLogsStatus === 'FAILED') flowLog.DeliverLogsErrorMessage = 'Access error';
    return flowLog;
  },
  describe: {
    operation: 'DescribeFlowLogs',
    items: 'FlowLogs',
    ids: { member: 'FlowLogIds', notFoundCode: 'InvalidFlowLogId.NotFound', notFoundNoun: 'flow log ID' },
    idsExcludeMaxResults: 'flowLogIds',
    pageLimits: PAGE_1000_CLAMPED,
    filtersMember: 'Filter',
    filters: {
      'deliver-log-status': (r) => [r.DeliverLogsStatus],
      'log-destination-type': (r) => [r.LogDestinationType],
      'flow-log-id': (r) => [r.FlowLogId],
      'log-group-name': (r) => [r.LogGroupName],
      'resource-id': (r) => [r.ResourceId],
      'traffic-type': (r) => [r.TrafficType],
    },
  },
};
