import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Resource__Output } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf } from '../testing/collector-client.js';

// One global task over more than a page of distributions, its edges pointing at the world's buckets and certificates.
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;
let resources: Resource__Output[];
const distributions = 130;

const home = () => ({ account: sim.mainAccountId, region: sim.regions[0] as string });
const edgesOf = (type: string) =>
  resources.flatMap((resource) => resource.relationships.filter((edge) => edge.type === type));

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'small', seed: 15, counts: { cloudFrontDistribution: distributions } });
  collector = await startAwsCollector({ port: 0, poolSize: 0, insecureNoAuth: true, allowedEndpoints: [sim.endpoint] });
  client = new CollectorTestClient(collector.address);
  secret = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
  const task = await client.plannedTask(options, secret, 'cloudfront:global');
  resources = resourcesOf(await client.collect({ task, options, secret }));
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('CloudFront, collected once per account', () => {
  it('is one global task that pages through every distribution, with its tags', async () => {
    const plan = await client.getTasks(options, secret);
    expect(plan.tasks.filter((task) => task.service === 'cloudfront').map((task) => task.region)).toEqual(['global']);
    expect(sim.counters.calls({ operation: 'ListDistributions' })).toBe(2);
    const simulated = sim.state.list('cloudFrontDistribution', home());
    expect(resources.map((resource) => resource.id).sort()).toEqual(simulated.map((d) => d.Id).sort());
    expect(new Set(resources.map((resource) => resource.region))).toEqual(new Set(['global']));
    const tagged = simulated.find((d) => d.Tags.length > 0);
    expect(resources.find((resource) => resource.id === tagged?.Id)?.tags).toEqual(
      Object.fromEntries(tagged?.Tags.map((tag) => [tag.Key, tag.Value]) ?? []),
    );
  });

  it("routes to the account's buckets and uses its us-east-1 certificates", () => {
    const buckets = new Set(
      sim.regions.flatMap((region) =>
        sim.state.list('bucket', { ...home(), region }).map((bucket) => `arn:aws:s3:::${bucket.Name}`),
      ),
    );
    const certificates = new Set(
      sim.state.list('certificate', { ...home(), region: 'us-east-1' }).map((c) => c.CertificateArn),
    );
    const routes = edgesOf('routes_to');
    const uses = edgesOf('uses');
    expect(routes.length).toBeGreaterThan(0);
    expect(uses.length).toBeGreaterThan(0);
    for (const edge of routes) expect(buckets).toContain(edge.target_uid);
    for (const edge of uses) expect(certificates).toContain(edge.target_uid);
  });
});
