import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Task } from '@cloud-inventory/protocol';
import { registry } from './registry.js';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, resourcesOf, scopeResultsOf, awsSecretOf } from './testing/collector-client.js';
import { capturedLogger } from './testing/captured-logger.js';

const region = 'us-east-1';
let sim: AwsSimulator;
let patient: RunningCollector;
let impatient: RunningCollector;
let patientClient: CollectorTestClient;
let impatientClient: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;
const patientLog = capturedLogger('info');

beforeAll(async () => {
  sim = await startAwsSimulator({
    accounts: 1,
    regions: [region, 'eu-west-1'],
    counts: {
      instance: 2300,
      volume: 1100,
      snapshot: 1050,
      image: 3,
      vpc: 2,
      subnet: 4,
      securityGroup: 4,
      address: 3,
      bucket: 2,
      trail: 1,
    },
  });
  patient = await startAwsCollector({
    port: 0,
    poolSize: 1,
    logger: patientLog.logger,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
  });
  impatient = await startAwsCollector({
    port: 0,
    poolSize: 1,
    maxAttempts: 2,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
  });
  patientClient = new CollectorTestClient(patient.address);
  impatientClient = new CollectorTestClient(impatient.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterEach(() => {
  sim.faults.clear();
  sim.counters.reset();
});

afterAll(async () => {
  patientClient.close();
  impatientClient.close();
  await patient.stop();
  await impatient.stop();
  await sim.stop();
});

const ec2Task = (kinds: string[] = []): Task => ({
  task_id: `ec2:${region}`,
  type: 'CLOUD_SERVICE',
  service: 'ec2',
  region,
  kinds,
});

function resultOf(responses: Awaited<ReturnType<CollectorTestClient['collect']>>, kind: string) {
  return scopeResultsOf(responses).find((result) => result.scope?.kind === kind);
}

describe('failures and limits', () => {
  it('pages through every item beyond 1000 per call, with no cap', async () => {
    const responses = await patientClient.collect({
      task: ec2Task(['aws_ec2_instance', 'aws_ec2_volume', 'aws_ec2_snapshot']),
      options,
      secret,
    });
    const resources = resourcesOf(responses);
    const count = (kind: string) => resources.filter((resource) => resource.kind === kind).length;
    expect(count('aws_ec2_instance')).toBe(2300);
    expect(count('aws_ec2_volume')).toBe(sim.state.count('volume', { account: sim.mainAccountId, region }));
    expect(count('aws_ec2_snapshot')).toBe(1050);
    expect(new Set(resources.map((resource) => resource.uid)).size).toBe(resources.length);
    expect(sim.counters.calls({ operation: 'DescribeInstances' })).toBeGreaterThanOrEqual(3);
    expect(sim.counters.calls({ operation: 'DescribeSnapshots' })).toBeGreaterThanOrEqual(2);
    expect(resultOf(responses, 'aws_ec2_instance')).toMatchObject({ state: 'SUCCESS', resource_count: 2300 });
  });

  it('rides out throttling with SDK retries and still collects everything', async () => {
    // a call every 5 s after the first: the next page's call comes sooner, even on a loaded machine, and is throttled
    sim.faults.throttle({ ratePerSecond: 0.2, burst: 1 }, { service: 'ec2', operation: 'DescribeInstances' });
    const responses = await patientClient.collect({ task: ec2Task(['aws_ec2_instance']), options, secret });
    expect(sim.counters.throttled({ operation: 'DescribeInstances' })).toBeGreaterThan(0);
    expect(resourcesOf(responses)).toHaveLength(2300);
    expect(resultOf(responses, 'aws_ec2_instance')?.state).toBe('SUCCESS');
    const retried = patientLog.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'AWS call retried (throttling or server error)');
    expect(retried.length).toBeGreaterThan(0);
    expect(retried[0]).toMatchObject({
      level: 40,
      operation: 'DescribeInstancesCommand',
      taskId: `ec2:${region}`,
      kind: 'aws_ec2_instance',
    });
  });

  it('fails only the throttled kind once retries are exhausted, and the other kinds still come', async () => {
    sim.faults.throttle({ ratePerSecond: 0, burst: 0 }, { service: 'ec2', operation: 'DescribeVpcs' });
    const responses = await impatientClient.collect({ task: ec2Task(['aws_vpc', 'aws_subnet']), options, secret });
    expect(resultOf(responses, 'aws_vpc')).toMatchObject({ state: 'FAILURE', error_code: 'Throttling' });
    expect(resultOf(responses, 'aws_subnet')).toMatchObject({ state: 'SUCCESS', resource_count: 4 });
    expect(resourcesOf(responses).filter((resource) => resource.kind === 'aws_subnet')).toHaveLength(4);
  });

  it('reports access denied on one kind while the others arrive', async () => {
    sim.faults.deny({ service: 'ec2', operation: 'DescribeVolumes' });
    const responses = await patientClient.collect({ task: ec2Task(), options, secret });
    const denied = resultOf(responses, 'aws_ec2_volume');
    expect(denied).toMatchObject({ state: 'FAILURE', error_code: 'AccessDenied', resource_count: 0 });
    expect(denied?.error_message).toContain('UnauthorizedOperation');
    const others = scopeResultsOf(responses).filter((result) => result.scope?.kind !== 'aws_ec2_volume');
    expect(others).toHaveLength(registry.entriesOf('ec2').length - 1);
    expect(others.every((result) => result.state === 'SUCCESS')).toBe(true);
    expect(resourcesOf(responses).filter((resource) => resource.kind === 'aws_ec2_instance')).toHaveLength(2300);
    expect(resourcesOf(responses).some((resource) => resource.kind === 'aws_ec2_volume')).toBe(false);
  });

  it('fails a kind whose calls keep getting server errors', async () => {
    sim.faults.serverErrors(1, { service: 'ec2', operation: 'DescribeAddresses' });
    const responses = await impatientClient.collect({
      task: ec2Task(['aws_ec2_elastic_ip', 'aws_ec2_image']),
      options,
      secret,
    });
    expect(resultOf(responses, 'aws_ec2_elastic_ip')).toMatchObject({ state: 'FAILURE', error_code: 'ServiceError' });
    expect(resultOf(responses, 'aws_ec2_image')).toMatchObject({ state: 'SUCCESS', resource_count: 3 });
  });

  it('stops calling AWS when the client cancels the stream, and keeps serving', async () => {
    sim.faults.latency(400, { service: 'ec2', operation: 'DescribeInstances' });
    const call = patientClient.collector.Collect(
      { task: ec2Task(['aws_ec2_instance']), options, secret },
      patientClient.metadata(),
    );
    await new Promise<void>((resolve) => call.once('data', () => resolve()));
    call.on('error', () => undefined);
    call.cancel();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const callsAfterCancel = sim.counters.calls({ operation: 'DescribeInstances' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sim.counters.calls({ operation: 'DescribeInstances' })).toBe(callsAfterCancel);
    expect(callsAfterCancel).toBeLessThan(3);
    sim.faults.clear();
    const responses = await patientClient.collect({ task: ec2Task(['aws_vpc']), options, secret });
    expect(resultOf(responses, 'aws_vpc')?.state).toBe('SUCCESS');
  });

  it('answers a service that the region does not offer with an empty, complete scope', async () => {
    sim.faults.removeService('cloudtrail', 'eu-west-1');
    const task: Task = {
      task_id: 'cloudtrail:eu-west-1',
      type: 'CLOUD_SERVICE',
      service: 'cloudtrail',
      region: 'eu-west-1',
    };
    const responses = await patientClient.collect({ task, options, secret });
    expect(resourcesOf(responses)).toHaveLength(0);
    expect(scopeResultsOf(responses)).toEqual([
      expect.objectContaining({
        state: 'SUCCESS',
        resource_count: 0,
        scope: expect.objectContaining({ region: 'eu-west-1', kind: 'aws_cloudtrail_trail' }),
      }),
    ]);
  });
});
