import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { GetBucketTaggingCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { startAwsSimulator, UnknownResourceError, type AwsSimulator, type ResourceScope } from './index.js';

const REGION = 'us-east-1';
let sim: AwsSimulator;
let scope: ResourceScope;
let ec2: EC2Client;

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 17, size: 'small' });
  scope = { account: sim.mainAccountId, region: REGION };
  ec2 = new EC2Client({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
});

afterAll(async () => {
  ec2.destroy();
  await sim.stop();
});

async function instanceIds(): Promise<string[]> {
  const answer = await ec2.send(new DescribeInstancesCommand({}));
  return answer.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId as string) ?? [];
}

describe('the state API', () => {
  it('shows an added instance in the next call, consistent with the scope', async () => {
    const before = await instanceIds();
    const added = sim.state.add('instance', scope, {
      InstanceType: 'm7i.large',
      Tags: [{ Key: 'Name', Value: 'added' }],
    });
    expect(added.InstanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    const after = await instanceIds();
    expect(after).toEqual([...before, added.InstanceId]);
    const answer = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [added.InstanceId] }));
    const instance = answer.Reservations?.[0]?.Instances?.[0];
    expect(instance?.InstanceType).toBe('m7i.large');
    expect(instance?.Tags).toEqual([{ Key: 'Name', Value: 'added' }]);
    expect(instance?.SubnetId).toBe(added.SubnetId);
  });

  it('shows a changed instance in the next call', async () => {
    const [id] = await instanceIds();
    sim.state.update('instance', scope, id as string, { State: { Code: 80, Name: 'stopped' } });
    const answer = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id as string] }));
    expect(answer.Reservations?.[0]?.Instances?.[0]?.State).toEqual({ Code: 80, Name: 'stopped' });
    expect(sim.state.get('instance', scope, id as string)?.State.Name).toBe('stopped');
  });

  it('terminates a removed instance: gone, root volume deleted, data volumes detached, address disassociated', async () => {
    const victim = sim.state
      .list('instance', scope)
      .find(
        (i) =>
          i.BlockDeviceMappings.length > 1 &&
          i.PublicIpAddress !== undefined &&
          sim.state.list('address', scope).some((a) => a.InstanceId === i.InstanceId),
      );
    expect(victim).toBeDefined();
    const id = victim?.InstanceId as string;
    sim.state.remove('instance', scope, id);
    expect(await instanceIds()).not.toContain(id);
    await expect(ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] }))).rejects.toMatchObject({
      name: 'InvalidInstanceID.NotFound',
    });
    const volumes = await ec2.send(new DescribeVolumesCommand({}));
    const byId = new Map(volumes.Volumes?.map((v) => [v.VolumeId, v]));
    for (const mapping of victim?.BlockDeviceMappings ?? []) {
      if (mapping.Ebs.DeleteOnTermination) expect(byId.has(mapping.Ebs.VolumeId)).toBe(false);
      else expect(byId.get(mapping.Ebs.VolumeId)).toMatchObject({ State: 'available', Attachments: [] });
    }
    const addresses = await ec2.send(new DescribeAddressesCommand({}));
    expect(addresses.Addresses?.some((a) => a.InstanceId === id)).toBe(false);
  });

  it('adds, changes and removes buckets and trails', async () => {
    const s3 = new S3Client({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
    const cloudtrail = new CloudTrailClient({ endpoint: sim.endpoint, region: REGION, credentials: sim.credentials });
    const bucket = sim.state.add('bucket', scope, { Name: 'fresh-bucket-for-test', Tags: [] });
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toContain(bucket.Name);
    await expect(s3.send(new GetBucketTaggingCommand({ Bucket: bucket.Name }))).rejects.toMatchObject({
      name: 'NoSuchTagSet',
    });
    sim.state.update('bucket', scope, bucket.Name, { Tags: [{ Key: 'team', Value: 'a' }] });
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: bucket.Name }))).TagSet).toEqual([
      { Key: 'team', Value: 'a' },
    ]);
    sim.state.remove('bucket', scope, bucket.Name);
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).not.toContain(bucket.Name);

    const trail = sim.state.add('trail', scope, { Name: 'extra-trail', IsMultiRegionTrail: false });
    expect(trail.TrailARN).toBe(`arn:aws:cloudtrail:${REGION}:${sim.mainAccountId}:trail/extra-trail`);
    const names = async () =>
      ((await cloudtrail.send(new DescribeTrailsCommand({}))).trailList ?? []).map((t) => t.Name);
    expect(await names()).toContain('extra-trail');
    sim.state.remove('trail', scope, 'extra-trail');
    expect(await names()).not.toContain('extra-trail');
    s3.destroy();
    cloudtrail.destroy();
  });

  it('refuses to change or remove what does not exist with a typed error', () => {
    expect(() => sim.state.remove('volume', scope, 'vol-0123456789abcdef0')).toThrow(UnknownResourceError);
    expect(() => sim.state.update('vpc', scope, 'vpc-nope', {})).toThrow(
      expect.objectContaining({ code: 'SIM_UNKNOWN_RESOURCE' }),
    );
  });

  it('generates the same world from the same seed', async () => {
    const twin = await startAwsSimulator({ seed: 17, size: 'small' });
    const triplet = await startAwsSimulator({ seed: 17, size: 'small' });
    const other = await startAwsSimulator({ seed: 18, size: 'small' });
    try {
      const pick = (s: AwsSimulator) => s.state.list('volume', { account: s.mainAccountId, region: REGION });
      expect(twin.mainAccountId).toBe(sim.mainAccountId);
      expect(twin.credentials.accessKeyId).toBe(sim.credentials.accessKeyId);
      expect(pick(twin)).toEqual(pick(triplet));
      expect(pick(twin).length).toBeGreaterThan(0);
      expect(other.mainAccountId).not.toBe(sim.mainAccountId);
    } finally {
      await twin.stop();
      await triplet.stop();
      await other.stop();
    }
  });
});
