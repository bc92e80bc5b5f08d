import { ResourceManager, arnFor, awsMapping, edge, optional, type ManagerClass } from '@cloud-inventory/collector-kit';
import { InstancesManager } from '../ec2/instances.manager.js';
import { VolumesManager } from '../ec2/volumes.manager.js';
import { DbClustersManager } from '../rds/db-clusters.manager.js';
import { DbInstancesManager } from '../rds/db-instances.manager.js';
import { topicNameOf } from '../sns/sns-arns.js';
import { TopicsManager } from '../sns/topics.manager.js';
import type { MetricAlarmDetails } from './metric-alarms.connector.js';
import { TablesManager } from '../dynamodb/tables.manager.js';
import { ClassicLoadBalancersManager } from '../elb/classic-load-balancers.manager.js';
import { LoadBalancersManager } from '../elbv2/load-balancers.manager.js';
import { FunctionsManager } from '../lambda/functions.manager.js';
import { QueuesManager } from '../sqs/queues.manager.js';

/** The dimension that names the resource an alarm's metric is of, and that resource's Manager. */
const WATCHED_BY_DIMENSION: readonly (readonly [dimension: string, target: ManagerClass])[] = [
  ['InstanceId', InstancesManager],
  ['VolumeId', VolumesManager],
  ['DBInstanceIdentifier', DbInstancesManager],
  ['DBClusterIdentifier', DbClustersManager],
  ['TopicName', TopicsManager],
  ['FunctionName', FunctionsManager],
  ['QueueName', QueuesManager],
  ['TableName', TablesManager],
  // ELBv2 metrics name the balancer by its ARN's path, `app/<name>/<id>`: the id of its uid's ARN
  ['LoadBalancer', LoadBalancersManager],
  ['LoadBalancerName', ClassicLoadBalancersManager],
];

function dimension(name: string): (alarm: MetricAlarmDetails) => string | undefined {
  return (alarm) => alarm.Dimensions?.find((candidate) => candidate.Name === name)?.Value;
}

/** The SNS topics among the alarm's actions (the others stop, reboot or scale: no resource of the inventory). */
function notifiedTopics(alarm: MetricAlarmDetails): (string | undefined)[] {
  const actions = [...(alarm.AlarmActions ?? []), ...(alarm.OKActions ?? []), ...(alarm.InsufficientDataActions ?? [])];
  return [...new Set(actions.filter((action) => action.split(':')[2] === 'sns').map(topicNameOf))];
}

export class MetricAlarmsManager extends ResourceManager<MetricAlarmDetails> {
  readonly kind = 'aws_cloudwatch_metric_alarm';
  readonly serviceType = {
    group: 'CloudWatch',
    type: 'MetricAlarm',
    name: 'CloudWatch Metric Alarm',
    labels: ['Management'],
    family: 'alarm',
  };
  readonly uid = arnFor('cloudwatch', 'alarm:');
  // AWS tells no creation time, only when the alarm's configuration last changed.
  readonly mapping = {
    ...awsMapping<MetricAlarmDetails>({ id: 'AlarmName', name: 'AlarmName' }),
    updated_at: optional('AlarmConfigurationUpdatedTimestamp'),
  };
  // Every evaluation that changes the alarm's state rewrites why and when: the alarm itself stays as it was.
  override readonly volatile = [
    'StateReason',
    'StateReasonData',
    'StateUpdatedTimestamp',
    'StateTransitionedTimestamp',
  ];
  override readonly relationships = [
    edge('notifies', TopicsManager, notifiedTopics),
    ...WATCHED_BY_DIMENSION.map(([name, target]) => edge('watches', target, dimension(name))),
  ];
}
