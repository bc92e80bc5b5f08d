import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, CollectResponse__Output } from '@cloud-inventory/protocol';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf, scopeResultsOf } from './testing/collector-client.js';

let sim: AwsSimulator;
let secret: AwsSecret;
let options: CollectOptions;
const started: { collector: RunningCollector; client: CollectorTestClient }[] = [];

async function collector(settings: { poolSize: number; inlineItems?: number }) {
  const running = await startAwsCollector({
    port: 0,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
    ...settings,
  });
  const client = new CollectorTestClient(running.address);
  started.push({ collector: running, client });
  return { running, client };
}

async function collectEc2(client: CollectorTestClient): Promise<CollectResponse__Output[]> {
  return client.collect({ task: await client.plannedTask(options, secret, 'ec2:us-east-1'), options, secret });
}

function summary(responses: CollectResponse__Output[]) {
  return {
    uids: resourcesOf(responses)
      .map((resource) => resource.uid)
      .sort(),
    states: [...new Set(scopeResultsOf(responses).map((result) => result.state))],
  };
}

beforeAll(async () => {
  // small: every EC2 kind has resources in every region, and EC2 has more kinds than run at once per scope (8)
  sim = await startAwsSimulator({ size: 'small', seed: 3 });
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterAll(async () => {
  for (const { collector: running, client } of started) {
    client.close();
    await running.stop();
  }
  await sim.stop();
});

describe('worker pool sized by the work', () => {
  it('starts no worker thread before a kind needs one', async () => {
    const { running } = await collector({ poolSize: 1 });
    expect(running.engine.workerThreads).toBe(0);
  });

  it('collects a task below inlineItems on the main thread, with no worker thread started', async () => {
    const { running, client } = await collector({ poolSize: 1, inlineItems: 1_000_000 });
    const collected = summary(await collectEc2(client));
    expect(collected.states).toEqual(['SUCCESS']);
    expect(collected.uids.length).toBeGreaterThan(50);
    expect(running.engine.workerThreads).toBe(0);
  });

  it('starts the pool once the work passes inlineItems, and collects the same resources', async () => {
    const inline = await collector({ poolSize: 0 });
    const expected = summary(await collectEc2(inline.client));
    const { running, client } = await collector({ poolSize: 1, inlineItems: 1 });
    expect(summary(await collectEc2(client))).toEqual(expected);
    expect(running.engine.workerThreads).toBe(1);
  });
});
