import {
  CloudWatchClient,
  ListTagsForResourceCommand,
  paginateDescribeAlarms,
  type MetricAlarm,
  type Tag,
} from '@aws-sdk/client-cloudwatch';
import { ResourceConnector, awsCall, mapBounded, paginated, requiredField } from '@cloud-inventory/collector-kit';

export interface MetricAlarmDetails extends MetricAlarm {
  Tags?: Tag[];
}

const tagCallsInFlight = 8;

// Metric alarms only (composite ones are another thing), 100 a page; ListTagsForResource takes one alarm ARN.
export class MetricAlarmsConnector extends ResourceConnector<MetricAlarmDetails> {
  private readonly alarms = paginated(CloudWatchClient, paginateDescribeAlarms, 'MetricAlarms', {
    pageSize: 100,
    input: { AlarmTypes: ['MetricAlarm'] },
  });
  readonly calls = [...this.alarms.calls(), awsCall(ListTagsForResourceCommand)];

  async *items(): AsyncIterable<MetricAlarmDetails> {
    const cloudwatch = this.client(CloudWatchClient);
    yield* mapBounded(this.alarms.items(this.context), tagCallsInFlight, async (alarm) => {
      const ResourceARN = requiredField(alarm, 'AlarmArn');
      const { Tags } = await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN }));
      return Tags ? { ...alarm, Tags } : alarm;
    });
  }
}
