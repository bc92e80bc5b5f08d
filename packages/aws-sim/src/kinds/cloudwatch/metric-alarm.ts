import type { MetricAlarm, StandardUnit } from '@aws-sdk/client-cloudwatch';
import type { ScopeContext } from '../../world/scope-context.js';
import type { SimTag } from '../../world/records.js';
import type { KindSpec } from '../kind-spec.js';
import type { Filled } from '../populated.js';
import { loadBalancerType } from '../elbv2/balancing-layout.js';
import { loadBalancerPath } from '../elbv2/elbv2-arns.js';
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

interface Watched {
  namespace: string;
  metric: string;
  dimension: string;
  kind:
    | 'instance'
    | 'dbInstance'
    | 'snsTopic'
    | 'lambdaFunction'
    | 'sqsQueue'
    | 'dynamoDbTable'
    | 'elbv2LoadBalancer'
    | 'classicLoadBalancer';
  unit: StandardUnit;
  /** The dimension's value naming the kind's item `i`, when it is not the item's id. */
  dimensionValue?: (ctx: ScopeContext, i: number) => string;
  /** The namespace and metric for item `i`, when they depend on the item (a network load balancer's). */
  metricOf?: (i: number) => { namespace: string; metric: string } | undefined;
}

/** What an alarm watches: alarm i watches an item of one of these kinds of the scope, in turn. */
const WATCHED: readonly Watched[] = [
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
  { namespace: 'AWS/Lambda', metric: 'Errors', dimension: 'FunctionName', kind: 'lambdaFunction', unit: 'Count' },
  {
    namespace: 'AWS/SQS',
    metric: 'ApproximateAgeOfOldestMessage',
    dimension: 'QueueName',
    kind: 'sqsQueue',
    unit: 'Seconds',
  },
  {
    namespace: 'AWS/DynamoDB',
    metric: 'ThrottledRequests',
    dimension: 'TableName',
    kind: 'dynamoDbTable',
    unit: 'Count',
  },
  {
    // the load balancer's part of its ARN: `app/<name>/<id>`, `net/<name>/<id>`
    namespace: 'AWS/ApplicationELB',
    metric: 'HTTPCode_ELB_5XX_Count',
    dimension: 'LoadBalancer',
    kind: 'elbv2LoadBalancer',
    unit: 'Count',
    dimensionValue: loadBalancerPath,
    metricOf: (i) =>
      loadBalancerType(i) === 'network' ? { namespace: 'AWS/NetworkELB', metric: 'TCP_ELB_Reset_Count' } : undefined,
  },
  {
    namespace: 'AWS/ELB',
    metric: 'UnHealthyHostCount',
    dimension: 'LoadBalancerName',
    kind: 'classicLoadBalancer',
    unit: 'Count',
  },
];

interface WatchedItem {
  namespace: string;
  metric: string;
  dimension: string;
  unit: StandardUnit;
  value: string;
}

function watchedOf(ctx: ScopeContext, index: number): WatchedItem {
  const present = WATCHED.filter((candidate) => ctx.counts[candidate.kind] > 0);
  const watched = present[index % Math.max(1, present.length)] ?? (WATCHED[0] as Watched);
  const item = Math.floor(index / WATCHED.length) % Math.max(1, ctx.counts[watched.kind]);
  return {
    namespace: watched.namespace,
    metric: watched.metric,
    ...watched.metricOf?.(item),
    dimension: watched.dimension,
    unit: watched.unit,
    value: watched.dimensionValue ? watched.dimensionValue(ctx, item) : ctx.id(watched.kind, item),
  };
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
    const watched = watchedOf(ctx, index);
    const state = hash % 10 === 0 ? 'ALARM' : hash % 10 === 1 ? 'INSUFFICIENT_DATA' : 'OK';
    const updated = ctx.date('2024-06-01T00:00:00Z', 180, ctx.hash(SALT_METRIC_ALARM, index, 2));
    return {
      AlarmName: name,
      AlarmArn: ctx.arn('cloudwatch', `alarm:${name}`),
      AlarmDescription: `${watched.metric} of ${watched.value}`,
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
      Dimensions: [{ Name: watched.dimension, Value: watched.value }],
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
