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

  it("routes to the account's buckets, load balancers and APIs, and uses its us-east-1 certificates", () => {
    const inRegions = (list: (region: string) => string[]) => sim.regions.flatMap(list);
    const targets = {
      aws_s3_bucket: inRegions((region) =>
        sim.state.list('bucket', { ...home(), region }).map((bucket) => `arn:aws:s3:::${bucket.Name}`),
      ),
      aws_elbv2_load_balancer: inRegions((region) =>
        sim.state.list('elbv2LoadBalancer', { ...home(), region }).map((lb) => lb.LoadBalancerArn),
      ),
      aws_elb_load_balancer: inRegions((region) =>
        sim.state
          .list('classicLoadBalancer', { ...home(), region })
          .map(
            (lb) => `arn:aws:elasticloadbalancing:${region}:${sim.mainAccountId}:loadbalancer/${lb.LoadBalancerName}`,
          ),
      ),
      aws_apigateway_rest_api: inRegions((region) =>
        sim.state
          .list('apiGatewayRestApi', { ...home(), region })
          .map((api) => `arn:aws:apigateway:${region}::/restapis/${api.id}`),
      ),
      aws_apigatewayv2_api: inRegions((region) =>
        sim.state
          .list('apiGatewayV2Api', { ...home(), region })
          .map((api) => `arn:aws:apigateway:${region}::/apis/${api.ApiId}`),
      ),
    };
    const certificates = new Set(
      sim.state.list('certificate', { ...home(), region: 'us-east-1' }).map((c) => c.CertificateArn),
    );
    const routes = edgesOf('routes_to');
    for (const [kind, uids] of Object.entries(targets)) {
      const routed = routes.filter((edge) => edge.target_kind === kind);
      expect([kind, routed.length > 0]).toEqual([kind, true]);
      for (const edge of routed) expect(uids).toContain(edge.target_uid);
    }
    expect(routes.every((edge) => edge.target_kind in targets)).toBe(true);
    const uses = edgesOf('uses');
    expect(uses.length).toBeGreaterThan(0);
    for (const edge of uses) expect(certificates).toContain(edge.target_uid);
    // the world's origins all exist: none dangles
    expect(resources.filter((resource) => JSON.parse(resource.data_json).Dangling)).toEqual([]);
  });

  it('marks a distribution whose load balancer origin is gone dangling, and one whose lookup failed not', async () => {
    const routed = resources.find((resource) =>
      resource.relationships.some((edge) => edge.target_kind === 'aws_elbv2_load_balancer'),
    );
    const target = routed?.relationships.find((edge) => edge.target_kind === 'aws_elbv2_load_balancer')?.target_uid;
    const region = String(target?.split(':')[3]);
    sim.state.remove('elbv2LoadBalancer', { ...home(), region }, String(target));
    const denied = sim.faults.deny({ service: 'elasticloadbalancing', region });
    const unknown = resourcesOf(
      await client.collect({ task: await client.plannedTask(options, secret, 'cloudfront:global'), options, secret }),
    );
    denied.remove();
    expect(JSON.parse(unknown.find((r) => r.id === routed?.id)?.data_json ?? '{}').Dangling).toBeUndefined();
    const after = resourcesOf(
      await client.collect({ task: await client.plannedTask(options, secret, 'cloudfront:global'), options, secret }),
    );
    const gone = after.find((resource) => resource.id === routed?.id);
    expect(JSON.parse(gone?.data_json ?? '{}')).toMatchObject({
      Dangling: true,
      DanglingReason: expect.stringContaining(region),
    });
    expect(gone?.relationships.map((edge) => edge.target_uid)).not.toContain(target);
  });
});
