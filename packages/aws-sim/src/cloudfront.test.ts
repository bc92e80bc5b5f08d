import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFrontClient,
  GetDistributionCommand,
  ListDistributionsCommand,
  ListTagsForResourceCommand,
  paginateListDistributions,
  type ListDistributionsCommandOutput,
} from '@aws-sdk/client-cloudfront';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { distributionDomainName } from './kinds/cloudfront/distribution-ids.js';
import { resolveCounts } from './options.js';
import { failureOf } from './testing/failure-of.js';
import { SimWorld } from './world/sim-world.js';

let sim: AwsSimulator;
let cloudfront: CloudFrontClient;
const home = () => ({ account: sim.mainAccountId, region: sim.regions[0] as string });
const distributions = () => sim.state.list('cloudFrontDistribution', home());
const byId = (a: { Id?: string }, b: { Id?: string }) => ((a.Id ?? '') < (b.Id ?? '') ? -1 : 1);

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 14, size: 'small', accounts: 2, counts: { cloudFrontDistribution: 104 } });
  cloudfront = new CloudFrontClient({
    endpoint: sim.endpoint,
    region: 'us-east-1',
    credentials: sim.credentials,
    maxAttempts: 1,
  });
});

afterAll(async () => {
  cloudfront.destroy();
  await sim.stop();
});

async function allPages(pageSize: number): Promise<ListDistributionsCommandOutput[]> {
  const pages: ListDistributionsCommandOutput[] = [];
  for await (const page of paginateListDistributions({ client: cloudfront, pageSize }, {})) pages.push(page);
  return pages;
}

describe('ListDistributions', () => {
  it('pages by Marker: each page after the last Id of the one before, every distribution once, by Id', async () => {
    const pages = await allPages(25);
    expect(pages).toHaveLength(5);
    const lists = pages.map((page) => page.DistributionList);
    expect(lists.map((list) => list?.Quantity)).toEqual([25, 25, 25, 25, 4]);
    expect(lists.map((list) => list?.IsTruncated)).toEqual([true, true, true, true, false]);
    expect(lists.every((list) => list?.MaxItems === 25)).toBe(true);
    for (let page = 1; page < lists.length; page++) {
      const before = lists[page - 1];
      expect(before?.NextMarker).toBe(before?.Items?.at(-1)?.Id);
      expect(lists[page]?.Marker).toBe(before?.NextMarker);
    }
    expect(lists[0]?.Marker).toBe('');
    expect(lists.at(-1)?.NextMarker).toBeUndefined();
    const ids = lists.flatMap((list) => list?.Items?.map((item) => item.Id) ?? []);
    expect(ids).toEqual(
      distributions()
        .sort(byId)
        .map((distribution) => distribution.Id),
    );
  });

  it('answers the full DistributionSummary, nested lists and all, without tags', async () => {
    const listed = (await allPages(100)).flatMap((page) => page.DistributionList?.Items ?? []);
    const expected = distributions()
      .sort(byId)
      .map(({ Tags: _tags, ...summary }) => summary);
    expect(listed).toEqual(expected);
    // the world has every part of the shape somewhere
    expect(listed.some((d) => (d.CacheBehaviors?.Quantity ?? 0) > 0)).toBe(true);
    expect(listed.some((d) => (d.CustomErrorResponses?.Quantity ?? 0) > 0)).toBe(true);
    expect(listed.some((d) => d.ViewerCertificate?.ACMCertificateArn !== undefined)).toBe(true);
    expect(listed.some((d) => d.ViewerCertificate?.CloudFrontDefaultCertificate === true)).toBe(true);
    expect(listed.some((d) => (d.Aliases?.Items ?? []).length > 0)).toBe(true);
  });

  it('answers at most 100 a page, and InvalidArgument for a MaxItems below one', async () => {
    const page = await cloudfront.send(new ListDistributionsCommand({ MaxItems: 500 }));
    expect(page.DistributionList).toMatchObject({ MaxItems: 100, Quantity: 100, IsTruncated: true });
    expect(await failureOf(cloudfront.send(new ListDistributionsCommand({ MaxItems: 0 })))).toEqual({
      name: 'InvalidArgument',
      status: 400,
    });
  });

  it('holds distributions once per account, whatever region is called', async () => {
    expect(sim.state.count('cloudFrontDistribution', { ...home(), region: sim.regions[1] as string })).toBe(0);
    const other = new CloudFrontClient({
      endpoint: sim.endpoint,
      region: 'eu-west-1',
      credentials: sim.credentials,
      maxAttempts: 1,
    });
    try {
      const page = await other.send(new ListDistributionsCommand({}));
      expect(page.DistributionList?.Quantity).toBe(100);
    } finally {
      other.destroy();
    }
  });
});

describe('the world behind the distributions', () => {
  const origins = () => distributions().flatMap((d) => d.Origins.Items ?? []);

  it("puts origins at the account's buckets and internet-facing load balancers", () => {
    const buckets = new Set(
      sim.regions.flatMap((region) => sim.state.list('bucket', { ...home(), region }).map((bucket) => bucket.Name)),
    );
    const balancers = new Set(
      sim.regions.flatMap((region) => [
        ...sim.state.list('elbv2LoadBalancer', { ...home(), region }).map((lb) => lb.DNSName),
        ...sim.state.list('classicLoadBalancer', { ...home(), region }).map((lb) => lb.DNSName),
      ]),
    );
    const s3 = origins().filter((o) => /\.s3[.-]/.test(o.DomainName ?? ''));
    const elb = origins().filter((o) => (o.DomainName ?? '').includes('.elb.'));
    expect(s3.length).toBeGreaterThan(0);
    expect(elb.length).toBeGreaterThan(0);
    for (const origin of s3) expect(buckets).toContain(/^(.+)\.s3[.-]/.exec(origin.DomainName ?? '')?.[1]);
    for (const origin of elb) {
      expect(balancers).toContain(origin.DomainName);
      expect(origin.DomainName).not.toMatch(/^internal-/);
    }
  });

  it('uses issued ACM certificates of us-east-1', () => {
    const certificates = new Map(
      sim.state.list('certificate', { ...home(), region: 'us-east-1' }).map((c) => [c.CertificateArn, c]),
    );
    const used = distributions().flatMap((d) => d.ViewerCertificate.ACMCertificateArn ?? []);
    expect(used.length).toBeGreaterThan(0);
    for (const arn of used) expect(certificates.get(arn)?.Status).toBe('ISSUED');
  });

  it('is named in the InUseBy of the certificate it uses, and only there', () => {
    const certificates = sim.state.list('certificate', { ...home(), region: 'us-east-1' });
    const named = certificates.flatMap((certificate) =>
      certificate.InUseBy.filter((arn) => arn.includes(':cloudfront:')).map(
        (arn) => `${arn} ${certificate.CertificateArn}`,
      ),
    );
    const using = distributions().flatMap((d) =>
      d.ViewerCertificate.ACMCertificateArn ? [`${d.ARN} ${d.ViewerCertificate.ACMCertificateArn}`] : [],
    );
    expect(named.sort()).toEqual(using.sort());
  });

  it("gives each distribution the domain distributionDomainName names (Route 53 aliases' target)", () => {
    const world = new SimWorld(14, [sim.mainAccountId], ['us-east-1'], resolveCounts('small'));
    const ctx = world.context(sim.mainAccountId, 'us-east-1');
    const records = [...world.collection('cloudFrontDistribution', sim.mainAccountId, 'us-east-1').all()];
    expect(records.length).toBeGreaterThan(0);
    records.forEach((record, index) => {
      expect(record.DomainName).toBe(distributionDomainName(ctx, index));
      expect(record.DomainName).toMatch(/^d[0-9a-z]{13}\.cloudfront\.net$/);
      expect(record.Id).toMatch(/^E[0-9A-Z]{13}$/);
      expect(record.ARN).toBe(`arn:aws:cloudfront::${sim.mainAccountId}:distribution/${record.Id}`);
    });
  });
});

describe('ListTagsForResource and GetDistribution', () => {
  it("answers a distribution's tags by its ARN", async () => {
    const tagged = distributions().find((d) => d.Tags.length > 0);
    const untagged = distributions().find((d) => d.Tags.length === 0);
    const tags = await cloudfront.send(new ListTagsForResourceCommand({ Resource: tagged?.ARN }));
    expect(tags.Tags?.Items).toEqual(tagged?.Tags);
    const none = await cloudfront.send(new ListTagsForResourceCommand({ Resource: untagged?.ARN }));
    expect(none.Tags?.Items ?? []).toEqual([]);
  });

  it('answers CloudFront errors: a malformed ARN, an unknown distribution, another account', async () => {
    const arn = (distributions()[0]?.ARN ?? '') as string;
    expect(await failureOf(cloudfront.send(new ListTagsForResourceCommand({ Resource: 'not-an-arn' })))).toEqual({
      name: 'InvalidArgument',
      status: 400,
    });
    const unknown = arn.replace(/distribution\/.*$/, 'distribution/E000000000000Z');
    expect(await failureOf(cloudfront.send(new ListTagsForResourceCommand({ Resource: unknown })))).toEqual({
      name: 'NoSuchResource',
      status: 404,
    });
    const otherAccount = arn.replace(sim.mainAccountId, sim.accounts[1]?.id as string);
    expect(await failureOf(cloudfront.send(new ListTagsForResourceCommand({ Resource: otherAccount })))).toEqual({
      name: 'AccessDenied',
      status: 403,
    });
    expect(await failureOf(cloudfront.send(new GetDistributionCommand({ Id: 'E000000000000Z' })))).toEqual({
      name: 'NoSuchDistribution',
      status: 404,
    });
  });

  it("gives a distribution's configuration and ETag", async () => {
    const distribution = distributions()[0];
    const got = await cloudfront.send(new GetDistributionCommand({ Id: distribution?.Id }));
    expect(got.ETag).toMatch(/^E[0-9A-Z]+$/);
    expect(got.Distribution).toMatchObject({
      Id: distribution?.Id,
      DomainName: distribution?.DomainName,
      DistributionConfig: { Origins: distribution?.Origins, ViewerCertificate: distribution?.ViewerCertificate },
    });
  });
});
