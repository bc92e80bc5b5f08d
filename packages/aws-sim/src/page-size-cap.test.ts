import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeVolumesCommand, EC2Client, paginateDescribeVolumes } from '@aws-sdk/client-ec2';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { InvalidOptionError, startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

const region = 'us-east-1';
const cap = 3;
let sim: AwsSimulator;
let ec2: EC2Client;
let s3: S3Client;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 2, size: 'tiny', regions: [region], counts: { volume: 7, bucket: 5 } });
  ec2 = new EC2Client({ endpoint: sim.endpoint, region, credentials: sim.credentials });
  s3 = new S3Client({ endpoint: sim.endpoint, region, credentials: sim.credentials, forcePathStyle: true });
});

afterAll(async () => {
  ec2.destroy();
  s3.destroy();
  await sim.stop();
});

describe('the page size cap', () => {
  let capped: AwsSimulator;
  let cappedEc2: EC2Client;
  let cappedS3: S3Client;

  beforeAll(async () => {
    capped = await startAwsSimulator({
      seed: 2,
      size: 'tiny',
      regions: [region],
      counts: { volume: 7, bucket: 5, dbInstance: 5 },
      pageSizeCap: cap,
    });
    cappedEc2 = new EC2Client({ endpoint: capped.endpoint, region, credentials: capped.credentials });
    cappedS3 = new S3Client({
      endpoint: capped.endpoint,
      region,
      credentials: capped.credentials,
      forcePathStyle: true,
    });
  });

  afterAll(async () => {
    cappedEc2.destroy();
    cappedS3.destroy();
    await capped.stop();
  });

  it('answers at most that many items a page, whatever the request asks, and the token leads to the rest', async () => {
    const first = await cappedEc2.send(new DescribeVolumesCommand({ MaxResults: 1000 }));
    expect(first.Volumes).toHaveLength(cap);
    expect(first.NextToken).toBeDefined();
    const pages: number[] = [];
    const ids: string[] = [];
    for await (const page of paginateDescribeVolumes({ client: cappedEc2, pageSize: 1000 }, {})) {
      pages.push(page.Volumes?.length ?? 0);
      ids.push(...(page.Volumes ?? []).map((volume) => volume.VolumeId ?? ''));
    }
    expect(pages).toEqual([3, 3, 1]);
    const uncapped = await ec2.send(new DescribeVolumesCommand({ MaxResults: 1000 }));
    expect(ids).toEqual((uncapped.Volumes ?? []).map((volume) => volume.VolumeId));
  });

  it('still refuses a page size the operation does not take (RDS: 20 to 100), and caps the ones it takes', async () => {
    const rds = new RDSClient({ endpoint: capped.endpoint, region, credentials: capped.credentials });
    try {
      for (const MaxRecords of [10, 101]) {
        expect(await failureOf(rds.send(new DescribeDBInstancesCommand({ MaxRecords })))).toMatchObject({
          name: 'InvalidParameterValue',
        });
      }
      const page = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
      expect(page.DBInstances).toHaveLength(cap);
      expect(page.Marker).toBeDefined();
    } finally {
      rds.destroy();
    }
  });

  it('leaves a call that asks for no page size answering everything at once, as AWS does', async () => {
    const all = await cappedEc2.send(new DescribeVolumesCommand({}));
    expect(all.Volumes).toHaveLength(7);
    expect(all.NextToken).toBeUndefined();
    const buckets = await cappedS3.send(new ListBucketsCommand({}));
    expect(buckets.Buckets).toHaveLength(5);
    expect(buckets.ContinuationToken).toBeUndefined();
  });

  it('caps S3 ListBuckets pages under max-buckets', async () => {
    const page = await cappedS3.send(new ListBucketsCommand({ MaxBuckets: 100 }));
    expect(page.Buckets).toHaveLength(cap);
    expect(page.ContinuationToken).toBeDefined();
    const uncapped = await s3.send(new ListBucketsCommand({ MaxBuckets: 100 }));
    expect(uncapped.Buckets).toHaveLength(5);
  });

  it('is a positive integer', async () => {
    await expect(startAwsSimulator({ size: 'tiny', pageSizeCap: 0 })).rejects.toBeInstanceOf(InvalidOptionError);
    await expect(startAwsSimulator({ size: 'tiny', pageSizeCap: 2.5 })).rejects.toBeInstanceOf(InvalidOptionError);
  });
});
