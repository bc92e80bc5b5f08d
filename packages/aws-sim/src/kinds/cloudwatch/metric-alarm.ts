import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { ScopeContext } from '../../world/scope-context.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { environmentTag } from '../tags.js';
import { topicArn } from '../sns/sns-layout.js';

type MetricAlarmFields =
  | 'AlarmName'
  | 'AlarmArn'
  | 'AlarmConfigurationUpdatedTimestamp'
  | 'ActionsEnabled'
  | 'OKActions'
  | 'AlarmActions'
  | 'InsufficientDataActions'
  | 'StateValue'
  | 'StateReason'
  | 'StateUpdatedTimestamp'
  | 'MetricName'
  | 'Namespace'
  | 'Dimensions'
  | 'Period'
  | 'EvaluationPeriods'
  | 'Threshold'
  | 'ComparisonOperator';

/** DescribeAlarms' MetricAlarm; its tags are ListTagsForResource's. */
export type SimMetricAlarm = Filled<MetricAlarm, MetricAlarmFields> & { Tags: SimTag[] };

const SALT_METRIC_ALARM = 80;

/** What an alarm watches: alarm i watches an EC2 instance, an RDS instance or an SNS topic of the scope. */
const WATCHED = [
  { namespace: 'AWS/EC2', metric: 'CPUUtilization', dimension: 'InstanceId', kind: 'instance', unit: 'Percent' },
  {
    namespace: 'AWS/RDS',
    metric: 'FreeStorageSpace',
    dimension: 'DBInstanceIdentifier',
    kind: 'dbInstance',
    unit: 'Bytes',
  },
  {
    namespace: 'AWS/SNS',
    metric: 'NumberOfNotificationsFailed',
    dimension: 'TopicName',
    kind: 'snsTopic',
    unit: 'Count',
  },
] as const;

function watchedOf(ctx: ScopeContext, index: number): { watched: (typeof WATCHED)[number]; id: string } {
  const present = WATCHED.filter((candidate) => ctx.counts[candidate.kind] > 0);
  const watched = present[index % Math.max(1, present.length)] ?? WATCHED[0];
  return { watched, id: ctx.id(watched.kind, Math.floor(index / 3) % Math.max(1, ctx.counts[watched.kind])) };
}

function alarmActions(ctx: ScopeContext, index: number, hash: number): string[] {
  return ctx.counts.snsTopic > 0 && hash % 4 !== 0 ? [topicArn(ctx, index % ctx.counts.snsTopic)] : [];
}

export const metricAlarmKind: KindSpec<'metricAlarm', SimMetricAlarm> = {
  kind: 'metricAlarm',
  idField: 'AlarmName',
  ids: { prefix: 'alarm-' },
  counts: { tiny: 1, small: 8, medium: 120, large: 1200 },
  ownFields: ['Tags'],
  generate(ctx, index) {
    const hash = ctx.hash(SALT_METRIC_ALARM, index, 1);
    const name = ctx.id('metricAlarm', index);
    const { watched, id } = watchedOf(ctx, index);
    const state = hash % 10 === 0 ? 'ALARM' : hash % 10 === 1 ? 'INSUFFICIENT_DATA' : 'OK';
    const updated = ctx.date('2024-06-01T00:00:00Z', 180, ctx.hash(SALT_METRIC_ALARM, index, 2));
    return {
      AlarmName: name,
      AlarmArn: ctx.arn('cloudwatch', `alarm:${name}`),
      AlarmDescription: `${watched.metric} of ${id}`,
      AlarmConfigurationUpdatedTimestamp: updated,
      ActionsEnabled: true,
      OKActions: [],
      AlarmActions: alarmActions(ctx, index, hash),
      InsufficientDataActions: [],
      StateValue: state,
      StateReason: `Threshold Crossed: 1 datapoint was ${state === 'ALARM' ? 'greater' : 'not greater'} than the threshold.`,
      StateUpdatedTimestamp: updated,
      StateTransitionedTimestamp: updated,
      MetricName: watched.metric,
      Namespace: watched.namespace,
      Statistic: 'Average',
      Dimensions: [{ Name: watched.dimension, Value: id }],
      Period: 300,
      Unit: watched.unit,
      EvaluationPeriods: 1 + (hash % 3),
      DatapointsToAlarm: 1,
      Threshold: 80,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'missing',
      Tags: [environmentTag(ctx, SALT_METRIC_ALARM, index)],
    };
  },
};
