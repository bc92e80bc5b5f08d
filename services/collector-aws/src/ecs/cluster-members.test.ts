import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isCurrentRecord, startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { collectOneKind } from '../testing/collect-account.js';
import { CollectorTestClient, awsSecretOf, resourcesOf } from '../testing/collector-client.js';

// One cluster with more tasks and services than a page: what the conformance suite, whose large world spreads a
// kind's items over a thousand clusters, cannot show.
const region = 'us-east-1';
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;

beforeAll(async () => {
  sim = await startAwsSimulator({
    seed: 12,
    size: 'tiny',
    accounts: 1,
    regions: [region],
    counts: { ecsCluster: 1, ecsTask: 420, ecsService: 23, ecsContainerInstance: 3, ecsTaskDefinition: 30 },
  });
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, allowedEndpoints: [sim.endpoint] });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

async function collected(kind: string): Promise<string[]> {
  const plan = await client.getTasks(options, secret);
  const responses = await collectOneKind(client, plan, kind, { options, secret });
  return resourcesOf(responses)
    .filter((resource) => resource.kind === kind)
    .map((resource) => resource.id)
    .sort();
}

describe("an ECS cluster's members", () => {
  it('are its running tasks, read over every ListTasks page and described 100 a call', async () => {
    const scope = { account: sim.mainAccountId, region };
    const running = sim.state.list('ecsTask', scope).filter((task) => isCurrentRecord('ecsTask', task));
    expect(running.length).toBeGreaterThan(200);
    expect(running.length).toBeLessThan(sim.state.count('ecsTask', scope));
    const before = {
      list: sim.counters.calls({ operation: 'ListTasks' }),
      describe: sim.counters.calls({ operation: 'DescribeTasks' }),
    };

    expect(await collected('aws_ecs_task')).toEqual(running.map((task) => task.taskArn).sort());
    expect(sim.counters.calls({ operation: 'ListTasks' }) - before.list).toBe(Math.ceil(running.length / 100));
    expect(sim.counters.calls({ operation: 'DescribeTasks' }) - before.describe).toBe(Math.ceil(running.length / 100));
  });

  it('are its services, described 10 a call', async () => {
    const services = sim.state.list('ecsService', { account: sim.mainAccountId, region });
    const before = sim.counters.calls({ operation: 'DescribeServices' });
    expect(await collected('aws_ecs_service')).toEqual(services.map((service) => service.serviceArn).sort());
    expect(sim.counters.calls({ operation: 'DescribeServices' }) - before).toBe(Math.ceil(services.length / 10));
  });
});
