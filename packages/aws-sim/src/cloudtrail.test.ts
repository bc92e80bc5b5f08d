import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  ListTrailsCommand,
  paginateListTrails,
} from '@aws-sdk/client-cloudtrail';
import { startAwsSimulator, type AwsSimulator } from './index.js';

let sim: AwsSimulator;
const clients: CloudTrailClient[] = [];

function cloudtrail(region: string): CloudTrailClient {
  const client = new CloudTrailClient({ endpoint: sim.endpoint, region, credentials: sim.credentials });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 5, size: 'small', counts: { trail: 20 } });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await sim.stop();
});

describe('CloudTrail through the real SDK', () => {
  it('lists every trail of the account with its home region, page by page', async () => {
    const arns: string[] = [];
    for await (const page of paginateListTrails({ client: cloudtrail('us-west-2') }, {})) {
      for (const trail of page.Trails ?? []) {
        expect(trail.TrailARN).toContain(`:${trail.HomeRegion}:${sim.mainAccountId}:trail/${trail.Name}`);
        arns.push(trail.TrailARN as string);
      }
    }
    expect(arns).toHaveLength(60);
    expect(new Set(arns).size).toBe(60);
  });

  it('shows a multi-region trail in every region with the home region and its ARN, unless shadows are excluded', async () => {
    const home = sim.regions[0] as string;
    for (const region of sim.regions) {
      const { trailList = [] } = await cloudtrail(region).send(new DescribeTrailsCommand({}));
      const multi = trailList.filter((t) => t.IsMultiRegionTrail);
      expect(multi).toHaveLength(1);
      expect(multi[0]?.HomeRegion).toBe(home);
      expect(multi[0]?.TrailARN).toMatch(new RegExp(`^arn:aws:cloudtrail:${home}:`));
      expect(trailList.filter((t) => !t.IsMultiRegionTrail).every((t) => t.HomeRegion === region)).toBe(true);
    }
    const other = sim.regions[1] as string;
    const withoutShadows = await cloudtrail(other).send(new DescribeTrailsCommand({ includeShadowTrails: false }));
    expect(withoutShadows.trailList?.every((t) => t.HomeRegion === other)).toBe(true);
  });

  it('logs every trail to an existing bucket of the account', async () => {
    const buckets = new Set(
      sim.regions.flatMap((region) =>
        sim.state.list('bucket', { account: sim.mainAccountId, region }).map((b) => b.Name),
      ),
    );
    const { trailList = [] } = await cloudtrail('eu-west-1').send(new DescribeTrailsCommand({}));
    expect(trailList.length).toBeGreaterThan(0);
    for (const trail of trailList) expect(buckets.has(trail.S3BucketName as string)).toBe(true);
  });

  it('answers GetTrailStatus, GetEventSelectors and ListTags for a trail by name and by ARN', async () => {
    const client = cloudtrail('us-east-1');
    const { trailList = [] } = await client.send(new DescribeTrailsCommand({ includeShadowTrails: false }));
    const trail = trailList[0];
    const status = await client.send(new GetTrailStatusCommand({ Name: trail?.Name }));
    expect(typeof status.IsLogging).toBe('boolean');
    expect(status.StartLoggingTime).toBeInstanceOf(Date);
    const selectors = await client.send(new GetEventSelectorsCommand({ TrailName: trail?.TrailARN }));
    expect(selectors.TrailARN).toBe(trail?.TrailARN);
    expect(selectors.EventSelectors?.[0]?.IncludeManagementEvents).toBe(true);
    const tags = await client.send(new ListTagsCommand({ ResourceIdList: [trail?.TrailARN as string] }));
    expect(tags.ResourceTagList?.[0]?.TagsList).toEqual([{ Key: 'Purpose', Value: 'audit' }]);
  });

  it('moves the latest delivery of a logging trail between two calls, as a live trail does', async () => {
    const client = cloudtrail('us-east-1');
    sim.state.add(
      'trail',
      { account: sim.mainAccountId, region: 'us-east-1' },
      { Name: 'delivering', IsLogging: true },
    );
    const first = await client.send(new GetTrailStatusCommand({ Name: 'delivering' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await client.send(new GetTrailStatusCommand({ Name: 'delivering' }));
    expect(first.IsLogging).toBe(true);
    expect(first.LatestDeliveryAttemptTime).toBeDefined();
    expect(second.LatestDeliveryAttemptTime).not.toBe(first.LatestDeliveryAttemptTime);
    expect(Date.parse(second.LatestDeliveryAttemptTime ?? '')).toBeGreaterThan(
      Date.parse(first.LatestDeliveryAttemptTime ?? ''),
    );
    expect(second.StartLoggingTime).toEqual(first.StartLoggingTime);
  });

  it('answers TrailNotFoundException for an unknown trail and InvalidTrailNameException without a name', async () => {
    const client = cloudtrail('us-east-1');
    await expect(client.send(new GetTrailStatusCommand({ Name: 'nope' }))).rejects.toMatchObject({
      name: 'TrailNotFoundException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(client.send(new GetTrailStatusCommand({} as never))).rejects.toMatchObject({
      name: 'InvalidTrailNameException',
    });
    await expect(client.send(new ListTrailsCommand({ NextToken: 'garbage' }))).rejects.toMatchObject({
      name: 'InvalidNextTokenException',
    });
  });
});
