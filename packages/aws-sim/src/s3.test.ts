import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Agent } from 'node:http';
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startAwsSimulator, type AwsSimulator, type SimBucket } from './index.js';

let sim: AwsSimulator;
const clients: S3Client[] = [];

function s3(region: string, extra: Partial<ConstructorParameters<typeof S3Client>[0]> = {}): S3Client {
  const client = new S3Client({ endpoint: sim.endpoint, region, credentials: sim.credentials, ...extra });
  clients.push(client);
  return client;
}

function bucketsOf(region: string): SimBucket[] {
  return sim.state.list('bucket', { account: sim.mainAccountId, region });
}

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 3, size: 'small', counts: { bucket: 12 } });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await sim.stop();
});

describe('S3 through the real SDK', () => {
  it('lists every bucket of the account from any region, page by page with a continuation token', async () => {
    const expected = sim.regions
      .flatMap(bucketsOf)
      .map((b) => b.Name)
      .sort();
    expect(expected).toHaveLength(36);
    for (const region of ['us-east-1', 'eu-west-1']) {
      const names: string[] = [];
      let pages = 0;
      for await (const page of paginateListBuckets({ client: s3(region), pageSize: 10 }, {})) {
        pages++;
        names.push(...(page.Buckets ?? []).map((b) => b.Name as string));
      }
      expect(names).toEqual(expected);
      expect(pages).toBe(4);
    }
    const all = await s3('us-west-2').send(new ListBucketsCommand({}));
    expect(all.Buckets).toHaveLength(36);
    expect(all.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers GetBucketLocation with an empty constraint for us-east-1 and the region otherwise', async () => {
    const east = bucketsOf('us-east-1')[0] as SimBucket;
    const west = bucketsOf('eu-west-1')[0] as SimBucket;
    const client = s3('us-east-1');
    expect((await client.send(new GetBucketLocationCommand({ Bucket: east.Name }))).LocationConstraint).toBeUndefined();
    expect((await client.send(new GetBucketLocationCommand({ Bucket: west.Name }))).LocationConstraint).toBe(
      'eu-west-1',
    );
  });

  it('serves tagging, encryption, versioning, public access block and logging as configured', async () => {
    const client = s3('eu-west-1');
    for (const bucket of bucketsOf('eu-west-1')) {
      const tagging = client.send(new GetBucketTaggingCommand({ Bucket: bucket.Name }));
      if (bucket.Tags.length === 0)
        await expect(tagging).rejects.toMatchObject({ name: 'NoSuchTagSet', $metadata: { httpStatusCode: 404 } });
      else expect((await tagging).TagSet).toEqual(bucket.Tags);
      const encryption = await client.send(new GetBucketEncryptionCommand({ Bucket: bucket.Name }));
      expect(
        encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
      ).toBe(bucket.Encryption?.SSEAlgorithm);
      expect((await client.send(new GetBucketVersioningCommand({ Bucket: bucket.Name }))).Status).toBe(
        bucket.Versioning,
      );
      const block = client.send(new GetPublicAccessBlockCommand({ Bucket: bucket.Name }));
      if (bucket.PublicAccessBlock)
        expect((await block).PublicAccessBlockConfiguration).toEqual(bucket.PublicAccessBlock);
      else await expect(block).rejects.toMatchObject({ name: 'NoSuchPublicAccessBlockConfiguration' });
      const logging = await client.send(new GetBucketLoggingCommand({ Bucket: bucket.Name }));
      expect(logging.LoggingEnabled?.TargetBucket).toBe(bucket.Logging?.TargetBucket);
    }
  });

  it('answers NoSuchBucket for a missing bucket and redirects a call signed for another region', async () => {
    await expect(
      s3('us-east-1').send(new GetBucketTaggingCommand({ Bucket: 'no-such-bucket-here' })),
    ).rejects.toMatchObject({
      name: 'NoSuchBucket',
      $metadata: { httpStatusCode: 404 },
    });
    const west = bucketsOf('eu-west-1')[0] as SimBucket;
    await expect(s3('us-east-1').send(new GetBucketVersioningCommand({ Bucket: west.Name }))).rejects.toMatchObject({
      name: 'PermanentRedirect',
      $metadata: { httpStatusCode: 301 },
    });
    const following = s3('us-east-1', { followRegionRedirects: true });
    expect((await following.send(new GetBucketVersioningCommand({ Bucket: west.Name }))).Status).toBe(west.Versioning);
  });

  it('serves virtual-hosted addressing (bucket.localhost) as well as path-style', async () => {
    const bucket = bucketsOf('eu-west-1')[1] as SimBucket;
    // *.localhost does not resolve everywhere, so the client's agent resolves every name to loopback
    const httpAgent = new Agent({
      lookup: (_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]),
    });
    const virtual = s3('eu-west-1', {
      endpoint: `http://localhost:${sim.port}`,
      forcePathStyle: false,
      requestHandler: new NodeHttpHandler({ httpAgent }),
    });
    const hosts: string[] = [];
    virtual.middlewareStack.add(
      (next) => async (args) => {
        hosts.push((args.request as { hostname: string }).hostname);
        return next(args);
      },
      { step: 'finalizeRequest' },
    );
    sim.counters.reset();
    const location = await virtual.send(new GetBucketLocationCommand({ Bucket: bucket.Name }));
    expect(location.LocationConstraint).toBe('eu-west-1');
    expect(sim.counters.calls({ operation: 'GetBucketLocation' })).toBe(1);
    expect(hosts).toEqual([`${bucket.Name}.localhost`]);
    httpAgent.destroy();
  });
});
