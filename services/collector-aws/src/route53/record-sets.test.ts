import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions, Resource__Output } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { CollectorTestClient, awsSecretOf, resourcesOf, scopeResultsOf } from '../testing/collector-client.js';

let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let secret: AwsSecret;
let options: CollectOptions;
const scope = () => ({ account: sim.mainAccountId, region: 'us-east-1' });

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'small', seed: 23, regions: ['us-east-1', 'eu-west-1'] });
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

async function collectRoute53(): Promise<Map<string, Resource__Output>> {
  const task = await client.plannedTask(options, secret, 'route53:global');
  const responses = await client.collect({ task, options, secret });
  expect(scopeResultsOf(responses).filter((result) => result.state !== 'SUCCESS')).toEqual([]);
  // record sets by `<name>/<type>[/<identifier>]`, zones by name
  return new Map(
    resourcesOf(responses).map((resource) => [resource.id.split('/recordset/')[1] ?? resource.name, resource]),
  );
}

const dataOf = (resource: Resource__Output | undefined) =>
  JSON.parse(resource?.data_json ?? '{}') as Record<string, unknown>;
const pointsTo = (resource: Resource__Output | undefined) =>
  resource?.relationships
    .filter((edge) => edge.type === 'points_to')
    .map((edge) => [edge.target_kind, edge.target_uid]);

describe('Route 53 record sets, resolved against the simulator', () => {
  it('collects every zone and record set, SOA and NS included, each belonging to its zone', async () => {
    const resources = await collectRoute53();
    const zones = sim.state.list('hostedZone', scope());
    const records = sim.state.list('recordSet', scope());
    const kinds = [...resources.values()].map((resource) => resource.kind);
    expect(kinds.filter((kind) => kind === 'aws_route53_hosted_zone')).toHaveLength(zones.length);
    expect(kinds.filter((kind) => kind === 'aws_route53_record_set')).toHaveLength(records.length);
    const soa = resources.get('example-0.com/SOA');
    expect(soa?.uid).toBe(`arn:aws:route53:::hostedzone/${zones[0]?.ZoneId}/recordset/example-0.com/SOA`);
    expect(soa?.relationships).toEqual([
      {
        type: 'belongs_to',
        target_kind: 'aws_route53_hosted_zone',
        target_uid: `arn:aws:route53:::hostedzone/${zones[0]?.ZoneId}`,
      },
    ]);
    const privateZone = resources.get('internal-1.corp');
    expect(privateZone?.relationships.map((edge) => edge.target_uid)).toEqual([
      expect.stringMatching(/^arn:aws:ec2:us-east-1:\d{12}:vpc\/vpc-/),
      expect.stringMatching(/^arn:aws:ec2:eu-west-1:\d{12}:vpc\/vpc-/),
    ]);
  });

  it('points aliases and A and CNAME records at the load balancers, addresses and buckets they name', async () => {
    const resources = await collectRoute53();
    const account = sim.mainAccountId;
    const [balancer] = sim.state.list('elbv2LoadBalancer', scope());
    const [classic] = sim.state.list('classicLoadBalancer', scope());
    const [address] = sim.state.list('address', scope());
    expect(pointsTo(resources.get('example-0.com/A'))).toEqual([
      ['aws_elbv2_load_balancer', balancer?.LoadBalancerArn],
    ]);
    expect(pointsTo(resources.get('legacy.example-0.com/CNAME'))).toEqual([
      [
        'aws_elb_load_balancer',
        `arn:aws:elasticloadbalancing:us-east-1:${account}:loadbalancer/${classic?.LoadBalancerName}`,
      ],
    ]);
    expect(pointsTo(resources.get('vpn.example-0.com/A'))).toEqual([
      ['aws_ec2_elastic_ip', `arn:aws:ec2:us-east-1:${account}:elastic-ip/${address?.AllocationId}`],
    ]);
    expect(pointsTo(resources.get('static.example-0.com/CNAME'))).toEqual([
      ['aws_s3_bucket', `arn:aws:s3:::${sim.state.list('bucket', scope())[0]?.Name}`],
    ]);
    expect(pointsTo(resources.get('api.example-0.com/A/blue'))).toHaveLength(1);
    expect(pointsTo(resources.get('bastion.example-0.com/A'))).toEqual([
      ['aws_ec2_instance', expect.stringMatching(/^arn:aws:ec2:us-east-1:\d{12}:instance\/i-/)],
    ]);
    expect(dataOf(resources.get('example-0.com/A')).Dangling).toBeUndefined();
  });

  it('points an alias at the CloudFront distribution and CNAMEs at the REST and HTTP APIs whose hosts they name', async () => {
    const resources = await collectRoute53();
    const www = resources.get('www.example-0.com/A');
    const aliasDomain = String((dataOf(www).AliasTarget as { DNSName?: string } | undefined)?.DNSName);
    const distribution = sim.state
      .list('cloudFrontDistribution', scope())
      .find((candidate) => `${candidate.DomainName}.` === aliasDomain);
    expect(distribution).toBeDefined();
    expect(pointsTo(www)).toEqual([['aws_cloudfront_distribution', distribution?.ARN]]);
    const hostOf = (name: string) =>
      String((dataOf(resources.get(name)).ResourceRecords as { Value: string }[])[0]?.Value);
    const restApi = sim.state
      .list('apiGatewayRestApi', scope())
      .find((api) => hostOf('gateway.example-0.com/CNAME').startsWith(`${api.id}.execute-api.us-east-1.`));
    expect(pointsTo(resources.get('gateway.example-0.com/CNAME'))).toEqual([
      ['aws_apigateway_rest_api', `arn:aws:apigateway:us-east-1::/restapis/${restApi?.id}`],
    ]);
    const httpApi = sim.state
      .list('apiGatewayV2Api', scope())
      .find((api) => api.ApiEndpoint === `https://${hostOf('hooks.example-0.com/CNAME')}`);
    expect(httpApi?.ProtocolType).toBe('HTTP');
    expect(pointsTo(resources.get('hooks.example-0.com/CNAME'))).toEqual([
      ['aws_apigatewayv2_api', `arn:aws:apigateway:us-east-1::/apis/${httpApi?.ApiId}`],
    ]);
    for (const name of ['www.example-0.com/A', 'gateway.example-0.com/CNAME', 'hooks.example-0.com/CNAME']) {
      expect(dataOf(resources.get(name)).Dangling).toBeUndefined();
    }
  });

  it('marks a CNAME to a CloudFront domain no distribution of the account has dangling (a subdomain takeover)', async () => {
    const resources = await collectRoute53();
    const assets = resources.get('assets.example-0.com/CNAME');
    const domain = (dataOf(assets).ResourceRecords as { Value: string }[])[0]?.Value;
    expect(domain).toMatch(/^d[0-9a-z]{13}\.cloudfront\.net$/);
    expect(
      sim.state.list('cloudFrontDistribution', scope()).map((distribution) => distribution.DomainName),
    ).not.toContain(domain);
    expect(dataOf(assets)).toMatchObject({
      Dangling: true,
      DanglingReason: `no CloudFront distribution of the account has the domain ${domain}`,
    });
    expect(pointsTo(assets)).toEqual([]);
  });

  it('marks records dangling whose target a successful listing does not show', async () => {
    const resources = await collectRoute53();
    for (const name of ['old.example-0.com/CNAME', 'legacy-vpn.example-0.com/A', 'promo.example-0.com/A']) {
      expect(dataOf(resources.get(name))).toMatchObject({ Dangling: true, DanglingReason: expect.any(String) });
      expect(pointsTo(resources.get(name))).toEqual([]);
    }
    const [classic] = sim.state.list('classicLoadBalancer', scope());
    sim.state.remove('classicLoadBalancer', scope(), String(classic?.LoadBalancerName));
    const after = await collectRoute53();
    expect(dataOf(after.get('legacy.example-0.com/CNAME'))).toMatchObject({ Dangling: true });
  });

  it('leaves targets unknown, never dangling, where the listing that would show them fails', async () => {
    const zone = String(sim.state.list('hostedZone', scope())[0]?.ZoneId);
    const added = (label: string, value: string) =>
      sim.state.add('recordSet', scope(), {
        Name: `${label}.example-0.com.`,
        Type: 'CNAME',
        TTL: 60,
        ResourceRecords: [{ Value: value }],
        AliasTarget: undefined,
        SetIdentifier: undefined,
        Weight: undefined,
        Failover: undefined,
        Region: undefined,
        HostedZoneId: zone,
        RecordKey: `${zone}/recordset/${label}.example-0.com/CNAME`,
      });
    added('cdn', 'd111111abcdef8.cloudfront.net');
    added('rest', 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com');
    const denials = ['elasticloadbalancing', 'cloudfront', 'apigateway'].map((service) => sim.faults.deny({ service }));
    const resources = await collectRoute53();
    for (const denied of denials) denied.remove();
    for (const name of ['cdn.example-0.com/CNAME', 'rest.example-0.com/CNAME', 'old.example-0.com/CNAME']) {
      expect(dataOf(resources.get(name)).Dangling).toBeUndefined();
      expect(pointsTo(resources.get(name))).toEqual([]);
    }
    expect(dataOf(resources.get('promo.example-0.com/A')).Dangling).toBe(true);
  });
});
