import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetHostedZoneCommand,
  ListResourceRecordSetsCommand,
  ListTagsForResourcesCommand,
  Route53Client,
  paginateListHostedZones,
  type HostedZone,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

let sim: AwsSimulator;
let route53: Route53Client;
const scope = () => ({ account: sim.mainAccountId, region: sim.regions[0] as string });

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 17, size: 'small', regions: ['us-east-1', 'eu-west-1'] });
  route53 = new Route53Client({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
});

afterAll(async () => {
  route53.destroy();
  await sim.stop();
});

async function allRecordSets(zoneId: string, pageSize: number): Promise<ResourceRecordSet[]> {
  const records: ResourceRecordSet[] = [];
  let start: { StartRecordName?: string; StartRecordType?: ResourceRecordSet['Type']; StartRecordIdentifier?: string } =
    {};
  for (;;) {
    const page = await route53.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: pageSize, ...start }),
    );
    records.push(...(page.ResourceRecordSets ?? []));
    if (!page.IsTruncated) return records;
    start = {
      StartRecordName: page.NextRecordName,
      StartRecordType: page.NextRecordType,
      ...(page.NextRecordIdentifier ? { StartRecordIdentifier: page.NextRecordIdentifier } : {}),
    };
  }
}

describe('Route 53 through the real SDK', () => {
  it('pages hosted zones by marker, public and private ones, once per account whatever the region', async () => {
    const zones: HostedZone[] = [];
    const pages: number[] = [];
    for await (const page of paginateListHostedZones({ client: route53, pageSize: 2 }, {})) {
      zones.push(...(page.HostedZones ?? []));
      pages.push(page.HostedZones?.length ?? 0);
      expect(page.MaxItems).toBe(2);
    }
    expect(pages).toEqual([2, 1]);
    expect(zones.map((zone) => zone.Id)).toEqual(sim.state.list('hostedZone', scope()).map((zone) => zone.Id));
    expect(zones.map((zone) => zone.Config?.PrivateZone)).toEqual([false, true, false]);
    expect(sim.state.list('hostedZone', { account: sim.mainAccountId, region: 'eu-west-1' })).toEqual([]);
  });

  it('gives a public zone its name servers and a private zone its VPCs, in their regions', async () => {
    const [publicZone, privateZone] = sim.state.list('hostedZone', scope());
    const open = await route53.send(new GetHostedZoneCommand({ Id: publicZone?.Id }));
    expect(open.DelegationSet?.NameServers).toHaveLength(4);
    expect(open.VPCs).toBeUndefined();
    const closed = await route53.send(new GetHostedZoneCommand({ Id: privateZone?.ZoneId }));
    expect(closed.HostedZone?.Name).toBe('internal-1.corp.');
    expect(closed.VPCs?.map((vpc) => vpc.VPCRegion)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it("pages a zone's record sets in Route 53's order, weighted ones apart by set identifier", async () => {
    const zone = sim.state.list('hostedZone', scope())[0];
    const whole = await allRecordSets(String(zone?.Id), 300);
    expect(whole).toHaveLength(zone?.ResourceRecordSetCount ?? -1);
    expect(await allRecordSets(String(zone?.Id), 3)).toEqual(whole);
    expect(whole[0]?.Name).toBe('example-0.com.');
    expect(whole.filter((record) => record.Name === 'example-0.com.').map((r) => r.Type)).toEqual(
      expect.arrayContaining(['SOA', 'NS']),
    );
    const api = whole.filter((record) => record.Name === 'api.example-0.com.');
    expect(api.map((record) => [record.SetIdentifier, record.Weight])).toEqual([
      ['blue', 70],
      ['green', 30],
    ]);
    expect(api[0]?.AliasTarget?.DNSName).toMatch(/^dualstack\..*\.elb\.amazonaws\.com\.$/);
  });

  it('tags up to ten zones a call', async () => {
    const zones = sim.state.list('hostedZone', scope());
    const { ResourceTagSets = [] } = await route53.send(
      new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: zones.map((zone) => zone.ZoneId) }),
    );
    expect(ResourceTagSets.map((set) => set.ResourceId)).toEqual(zones.map((zone) => zone.ZoneId));
    expect(ResourceTagSets.map((set) => set.Tags)).toEqual(zones.map((zone) => zone.Tags));
  });

  it("answers Route 53's errors", async () => {
    expect(await failureOf(route53.send(new GetHostedZoneCommand({ Id: 'Z0NOSUCHZONE' })))).toEqual({
      name: 'NoSuchHostedZone',
      status: 404,
    });
    expect(await failureOf(route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: 'Z0NOSUCHZONE' })))).toEqual({
      name: 'NoSuchHostedZone',
      status: 404,
    });
    const zone = String(sim.state.list('hostedZone', scope())[0]?.ZoneId);
    expect(
      await failureOf(route53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zone, StartRecordType: 'A' }))),
    ).toEqual({ name: 'InvalidInput', status: 400 });
    const eleven = Array.from({ length: 11 }, () => zone);
    expect(
      await failureOf(
        route53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: eleven })),
      ),
    ).toEqual({ name: 'InvalidInput', status: 400 });
  });
});
