import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  paginateDescribeAlarms,
} from '@aws-sdk/client-cloudwatch';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let cloudwatch: CloudWatchClient;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 10, size: 'small', counts: { metricAlarm: 120, compositeAlarm: 3 } });
  cloudwatch = new CloudWatchClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
});

afterAll(async () => {
  cloudwatch.destroy();
  await sim.stop();
});

describe('CloudWatch (JSON 1.0) through the real SDK', () => {
  it('lists metric alarms 50 a page by default, composite ones only when AlarmTypes asks for them', async () => {
    const first = await cloudwatch.send(new DescribeAlarmsCommand({}));
    expect(first.MetricAlarms).toHaveLength(50);
    expect(first.CompositeAlarms ?? []).toEqual([]);
    const names: string[] = [];
    const pages = paginateDescribeAlarms(
      { client: cloudwatch, pageSize: 100 },
      { AlarmTypes: ['CompositeAlarm', 'MetricAlarm'] },
    );
    for await (const page of pages) {
      names.push(...[...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])].map((a) => a.AlarmName as string));
    }
    expect(names).toHaveLength(123);
    const composite = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmTypes: ['CompositeAlarm'] }));
    expect(composite.CompositeAlarms?.map((a) => a.AlarmName)).toEqual(
      sim.state.list('compositeAlarm', scope()).map((a) => a.AlarmName),
    );
    expect(composite.MetricAlarms ?? []).toEqual([]);
  });

  it("tells an alarm's tags, and answers ResourceNotFoundException for an alarm that is not there", async () => {
    const alarm = sim.state.list('metricAlarm', scope())[0];
    const { Tags } = await cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: alarm?.AlarmArn }));
    expect(Tags).toEqual(alarm?.Tags);
    const gone = `arn:aws:cloudwatch:us-east-1:${sim.mainAccountId}:alarm:gone`;
    expect(await failureOf(cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: gone })))).toEqual({
      name: 'ResourceNotFoundException',
      status: 404,
    });
    expect(await failureOf(cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 101 })))).toMatchObject({
      name: 'InvalidParameterValueException',
    });
  });
});
