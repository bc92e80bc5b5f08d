import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import { CollectorConfigError, type RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Task } from '@cloud-inventory/protocol';
import { promtoolMetricsProblems } from '@cloud-inventory/protocol/testing';
import { collectorSettingsFrom } from './collector-settings.js';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf, scopeResultsOf } from './testing/collector-client.js';
import { capturedLogger } from './testing/captured-logger.js';

const region = 'us-east-1';
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;

beforeAll(async () => {
  sim = await startAwsSimulator({
    accounts: 1,
    regions: [region],
    counts: { instance: 3, volume: 2, vpc: 2, subnet: 4, securityGroup: 2 },
  });
  collector = await startAwsCollector({
    port: 0,
    // Through a worker thread: the calls are counted where they are made and reported to the main thread.
    poolSize: 1,
    maxAttempts: 2,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
    metricsPort: 0,
  });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

const ec2Task = (kinds: string[]): Task => ({
  task_id: `ec2:${region}`,
  type: 'CLOUD_SERVICE',
  service: 'ec2',
  region,
  kinds,
});

async function scrape(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${collector.metricsPort}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The sum of the samples of `name` whose labels include `labels` (0 when there is none). */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((pair) => [pair[1], pair[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

describe('collector metrics', () => {
  let afterTasks = '';

  it('counts tasks, AWS calls, throttling responses and resources of real Collect calls', async () => {
    const before = await scrape();
    expect(sampleOf(before, 'collector_tasks_in_flight')).toBe(0);

    // GetTasks: DescribeRegions from the main thread.
    const planned = await client.plannedTask(options, secret, `ec2:${region}`);
    expect(planned.type).toBe('CLOUD_SERVICE');

    // DescribeVpcs is throttled on every attempt: the kind fails with Throttling after the 2 attempts.
    const throttle = sim.faults.throttle({ ratePerSecond: 0, burst: 0 }, { service: 'ec2', operation: 'DescribeVpcs' });
    const failed = await client.collect({ task: ec2Task(['aws_vpc', 'aws_subnet']), options, secret });
    throttle.remove();
    const results = scopeResultsOf(failed);
    expect(results.find((result) => result.scope?.kind === 'aws_vpc')).toMatchObject({ error_code: 'Throttling' });
    expect(results.find((result) => result.scope?.kind === 'aws_subnet')).toMatchObject({ state: 'SUCCESS' });

    const collected = await client.collect({ task: ec2Task(['aws_ec2_instance', 'aws_ec2_volume']), options, secret });
    expect(scopeResultsOf(collected).every((result) => result.state === 'SUCCESS')).toBe(true);
    const resources = resourcesOf([...failed, ...collected]);
    const countOf = (kind: string) => resources.filter((resource) => resource.kind === kind).length;

    // A request the collector refuses before any call: an ERROR of type INVALID.
    await expect(client.collect({ task: { ...ec2Task([]), service: 'nope' }, options, secret })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });

    afterTasks = await scrape();
    const text = afterTasks;
    expect(sampleOf(text, 'collector_tasks_total', { type: 'CLOUD_SERVICE', state: 'FAILURE' })).toBe(1);
    expect(sampleOf(text, 'collector_tasks_total', { type: 'CLOUD_SERVICE', state: 'SUCCESS' })).toBe(1);
    expect(sampleOf(text, 'collector_tasks_total', { type: 'INVALID', state: 'ERROR' })).toBe(1);
    expect(sampleOf(text, 'collector_task_duration_seconds_count', { type: 'CLOUD_SERVICE' })).toBe(2);
    expect(sampleOf(text, 'collector_task_duration_seconds_sum', { type: 'CLOUD_SERVICE' })).toBeGreaterThan(0);
    expect(sampleOf(text, 'collector_tasks_in_flight')).toBe(0);

    const calls = (operation: string, outcome: string) =>
      sampleOf(text, 'collector_aws_calls_total', { service: 'ec2', operation, outcome });
    expect(calls('DescribeRegions', 'Success')).toBeGreaterThanOrEqual(1);
    expect(calls('DescribeVpcs', 'Throttling')).toBe(1);
    expect(calls('DescribeVpcs', 'Success')).toBe(0);
    expect(calls('DescribeSubnets', 'Success')).toBeGreaterThanOrEqual(1);
    expect(calls('DescribeInstances', 'Success')).toBeGreaterThanOrEqual(1);
    expect(calls('DescribeVolumes', 'Success')).toBeGreaterThanOrEqual(1);
    // Each attempt's throttling response, as the simulator answered them.
    const throttled = sim.counters.throttled({ operation: 'DescribeVpcs' });
    expect(throttled).toBe(2);
    expect(sampleOf(text, 'collector_aws_throttles_total', { service: 'ec2', operation: 'DescribeVpcs' })).toBe(
      throttled,
    );
    expect(sampleOf(text, 'collector_aws_throttles_total', { operation: 'DescribeSubnets' })).toBe(0);

    for (const kind of ['aws_subnet', 'aws_ec2_instance', 'aws_ec2_volume']) {
      expect(countOf(kind)).toBeGreaterThan(0);
      expect(sampleOf(text, 'collector_resources_emitted_total', { kind })).toBe(countOf(kind));
    }
    expect(sampleOf(text, 'collector_resources_emitted_total', { kind: 'aws_vpc' })).toBe(0);

    // The process metrics come along; nothing of the account's keys, its id or its resources' ARNs does.
    expect(sampleOf(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    for (const secretPart of [sim.credentials.accessKeyId, sim.credentials.secretAccessKey, sim.mainAccountId]) {
      expect(text).not.toContain(secretPart);
    }
    expect(text).not.toContain('arn:');
  });

  it('shows a running task in flight', async () => {
    const slow = sim.faults.latency(1_500, { service: 'ec2', operation: 'DescribeVolumes' });
    const running = client.collect({ task: ec2Task(['aws_ec2_volume']), options, secret });
    let inFlight = 0;
    for (let attempt = 0; attempt < 50 && inFlight === 0; attempt += 1) {
      inFlight = sampleOf(await scrape(), 'collector_tasks_in_flight');
      if (inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(inFlight).toBe(1);
    await running;
    slow.remove();
    expect(sampleOf(await scrape(), 'collector_tasks_in_flight')).toBe(0);
  });

  it('serves a scrape that promtool check metrics accepts', () => {
    const problems = promtoolMetricsProblems(afterTasks);
    // Undefined: promtool is not installed here (skipped with a warning; CI requires it).
    if (problems !== undefined) expect(problems).toEqual([]);
  });

  it('answers 404 off /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${collector.metricsPort}/`)).status).toBe(404);
  });
});

describe('COLLECTOR_METRICS_PORT / COLLECTOR_METRICS_HOST', () => {
  const env = { COLLECTOR_API_TOKEN: 't' };

  it('serves on 127.0.0.1:9465 by default, elsewhere when set, and not at all with port 0', () => {
    expect(collectorSettingsFrom(env, [])).toMatchObject({ metricsHost: '127.0.0.1', metricsPort: 9465 });
    expect(
      collectorSettingsFrom({ ...env, COLLECTOR_METRICS_HOST: '0.0.0.0', COLLECTOR_METRICS_PORT: '9470' }, []),
    ).toMatchObject({ metricsHost: '0.0.0.0', metricsPort: 9470 });
    expect(collectorSettingsFrom({ ...env, COLLECTOR_METRICS_PORT: '0' }, []).metricsPort).toBeUndefined();
  });

  it('refuses a port that is not one, naming the variable', () => {
    expect(() => collectorSettingsFrom({ ...env, COLLECTOR_METRICS_PORT: 'x' }, [])).toThrow(CollectorConfigError);
    expect(() => collectorSettingsFrom({ ...env, COLLECTOR_METRICS_PORT: '70000' }, [])).toThrow(
      /COLLECTOR_METRICS_PORT/,
    );
  });

  it('refuses a taken metrics port that was set, and serves without metrics when the taken port is the default', async () => {
    const taken = collector.metricsPort;
    await expect(startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, metricsPort: taken })).rejects.toThrow(
      `cannot serve metrics on 127.0.0.1:${taken}`,
    );
    const log = capturedLogger('info');
    const second = await startAwsCollector({
      port: 0,
      poolSize: 0,
      insecureNoAuth: true,
      metricsPort: taken,
      metricsPortIsDefault: true,
      logger: log.logger,
    });
    try {
      expect(second.metricsPort).toBeUndefined();
      expect(log.lines.some((line) => line.includes('"metrics port taken: no /metrics"'))).toBe(true);
    } finally {
      await second.stop();
    }
    expect(collectorSettingsFrom(env, []).metricsPortIsDefault).toBe(true);
    expect(collectorSettingsFrom({ ...env, COLLECTOR_METRICS_PORT: '9465' }, []).metricsPortIsDefault).toBe(false);
  });

  it('keeps one registry per collector', async () => {
    const other = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true });
    try {
      expect(other.metrics.registry).not.toBe(collector.metrics.registry);
      const metric = await other.metrics.registry.getSingleMetricAsString('collector_tasks_total');
      expect(metric).not.toMatch(/collector_tasks_total\{/);
      expect(other.metricsPort).toBeUndefined();
    } finally {
      await other.stop();
    }
  });
});
