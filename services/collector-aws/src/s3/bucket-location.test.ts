import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, resourcesOf, awsSecretOf } from '../testing/collector-client.js';

// S3 before December 2024, and most S3-compatible stores, list buckets without their region.
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 11, listBucketsWithRegion: false });
  collector = await startAwsCollector({
    port: 0,
    poolSize: 0,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
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

describe('S3 buckets listed without their region', () => {
  it('asks each bucket for its location and collects it in that region', async () => {
    const task = await client.plannedTask(options, secret, 's3:global');
    const account = sim.mainAccountId;
    const simBuckets = sim.regions.flatMap((region) => sim.state.list('bucket', { account, region }));
    expect(new Set(simBuckets.map((bucket) => bucket.Region)).size).toBeGreaterThan(1);

    const responses = await client.collect({ task, options, secret });

    const regionOf = new Map(
      resourcesOf(responses)
        .filter((resource) => resource.kind === 'aws_s3_bucket')
        .map((resource) => [resource.id, resource.region]),
    );
    expect(regionOf).toEqual(new Map(simBuckets.map((bucket) => [bucket.Name, bucket.Region])));
    expect(sim.counters.calls({ operation: 'GetBucketLocation' })).toBe(simBuckets.length);
  });
});
