import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import { startAwsCollector } from './server.js';
import { collectAccount } from './testing/collect-account.js';
import { CollectorTestClient, awsSecretOf } from './testing/collector-client.js';

let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;

beforeAll(async () => {
  // An account in the China partition: its identity is arn:aws-cn:..., its regions cn-*.
  sim = await startAwsSimulator({ size: 'tiny', regions: ['cn-north-1', 'cn-northwest-1'], optInRegions: [] });
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, allowedEndpoints: [sim.endpoint] });
  client = new CollectorTestClient(collector.address);
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('an account of another partition', () => {
  it("is collected in its own regions, with every ARN, edge target included, in the account's partition", async () => {
    const options = { endpoint_url: sim.endpoint };
    const collection = await collectAccount(client, options, awsSecretOf(sim.credentials));
    const regions = new Set(collection.plan.tasks.map((task) => task.region));
    expect(regions).toEqual(new Set(['cn-north-1', 'cn-northwest-1', 'global']));
    expect(collection.scopeResults.filter((result) => result.state !== 'SUCCESS')).toEqual([]);
    const arns = collection.resources
      .flatMap((resource) => [resource.uid, ...resource.relationships.map((edge) => edge.target_uid)])
      .filter((uid) => uid.startsWith('arn:'));
    expect(arns.length).toBeGreaterThan(collection.resources.length / 2);
    expect(arns.filter((arn) => !arn.startsWith('arn:aws-cn:'))).toEqual([]);
  });
});
