import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, DescribeTrailsCommand, GetTrailCommand } from '@aws-sdk/client-cloudtrail';
import {
  DescribeInstancesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  paginateDescribeInstanceTypes,
} from '@aws-sdk/client-ec2';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  GetBucketCorsCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { failureOf } from './testing/failure-of.js';

const region = 'eu-west-1';
let sim: AwsSimulator;
let scope: { account: string; region: string };
const clients: { destroy(): void }[] = [];

function connect<C extends { destroy(): void }>(Client: new (config: object) => C): C {
  const client = new Client({ endpoint: sim.endpoint, region, credentials: sim.credentials, maxAttempts: 1 });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'small', regions: [region, 'us-east-1'], accounts: 1 });
  scope = { account: sim.mainAccountId, region };
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await sim.stop();
});

describe('read calls AWS tooling makes answer as AWS does', () => {
  it('GetTrail answers a trail by name and TrailNotFoundException for an unknown one', async () => {
    const cloudtrail = connect(CloudTrailClient);
    const { trailList = [] } = await cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }));
    const trail = trailList[0];
    expect(trail).toBeDefined();
    const got = await cloudtrail.send(new GetTrailCommand({ Name: trail?.Name }));
    expect(got.Trail).toEqual(trail);
    expect(await failureOf(cloudtrail.send(new GetTrailCommand({ Name: 'no-such-trail' })))).toEqual({
      name: 'TrailNotFoundException',
      status: 400,
    });
  });

  it('GetBucketAcl answers the ACL a bucket record holds, and the owner with FULL_CONTROL when it holds none', async () => {
    const s3 = connect(S3Client);
    const [bucket] = sim.state.list('bucket', scope);
    // Acl, Policy and OwnershipControls are fields of bucket records (GetBucketAcl's output shape etc.)
    sim.state.update('bucket', scope, bucket?.Name as string, { Acl: undefined } as never);
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: bucket?.Name }));
    expect(acl.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
    expect(acl.Grants).toEqual([
      {
        Grantee: { ID: acl.Owner?.ID, DisplayName: acl.Owner?.DisplayName, Type: 'CanonicalUser' },
        Permission: 'FULL_CONTROL',
      },
    ]);
    const publicRead = {
      Owner: acl.Owner,
      Grants: [
        ...(acl.Grants ?? []),
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
    };
    sim.state.update('bucket', scope, bucket?.Name as string, { Acl: publicRead } as never);
    const changed = await s3.send(new GetBucketAclCommand({ Bucket: bucket?.Name }));
    expect(changed.Grants).toEqual(publicRead.Grants);
  });

  it('GetBucketPolicy and GetBucketPolicyStatus answer NoSuchBucketPolicy without a policy, the policy and whether it is public with one', async () => {
    const s3 = connect(S3Client);
    const bucket = sim.state.list('bucket', scope)[1]?.Name as string;
    sim.state.update('bucket', scope, bucket, { Policy: undefined } as never);
    expect(await failureOf(s3.send(new GetBucketPolicyCommand({ Bucket: bucket })))).toEqual({
      name: 'NoSuchBucketPolicy',
      status: 404,
    });
    expect((await failureOf(s3.send(new GetBucketPolicyStatusCommand({ Bucket: bucket })))).name).toBe(
      'NoSuchBucketPolicy',
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }],
    });
    sim.state.update('bucket', scope, bucket, { Policy: policy, PublicAccessBlock: undefined } as never);
    expect((await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).Policy).toBe(policy);
    const status = await s3.send(new GetBucketPolicyStatusCommand({ Bucket: bucket }));
    expect(status.PolicyStatus).toEqual({ IsPublic: true });
  });

  it('GetBucketOwnershipControls answers OwnershipControlsNotFoundError, then the controls a bucket holds', async () => {
    const s3 = connect(S3Client);
    const bucket = sim.state.list('bucket', scope)[0]?.Name as string;
    sim.state.update('bucket', scope, bucket, { OwnershipControls: undefined } as never);
    expect(await failureOf(s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket })))).toEqual({
      name: 'OwnershipControlsNotFoundError',
      status: 404,
    });
    const controls = { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] };
    sim.state.update('bucket', scope, bucket, { OwnershipControls: controls } as never);
    const got = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }));
    expect(got.OwnershipControls).toEqual(controls);
  });

  it('answers an S3 call it does not serve in the S3 error shape, never 501, and an object call with NoSuchKey', async () => {
    const s3 = connect(S3Client);
    const bucket = sim.state.list('bucket', scope)[0]?.Name as string;
    const cors = await failureOf(s3.send(new GetBucketCorsCommand({ Bucket: bucket })));
    expect(cors).toEqual({ name: 'MethodNotAllowed', status: 405 });
    expect(await failureOf(s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'a/b.txt' })))).toEqual({
      name: 'NoSuchKey',
      status: 404,
    });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
    expect(listed).toMatchObject({ Name: bucket, KeyCount: 0, IsTruncated: false });
  });

  it('DescribeSnapshotAttribute answers createVolumePermission and productCodes, and InvalidSnapshot.NotFound', async () => {
    const ec2 = connect(EC2Client);
    const { Snapshots = [] } = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    const snapshotId = Snapshots[0]?.SnapshotId;
    expect(snapshotId).toBeDefined();
    const permission = await ec2.send(
      new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission' }),
    );
    expect(permission).toMatchObject({ SnapshotId: snapshotId, CreateVolumePermissions: [] });
    const codes = await ec2.send(
      new DescribeSnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'productCodes' }),
    );
    expect(codes).toMatchObject({ SnapshotId: snapshotId, ProductCodes: [] });
    const missing = await failureOf(
      ec2.send(
        new DescribeSnapshotAttributeCommand({ SnapshotId: 'snap-0123456789abcdef0', Attribute: 'productCodes' }),
      ),
    );
    expect(missing.name).toBe('InvalidSnapshot.NotFound');
  });

  it('DescribeInstances answers each instance in its reservation, with the reservation id and owner', async () => {
    const ec2 = connect(EC2Client);
    const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({}));
    const expected = sim.state.list('instance', scope);
    expect(Reservations.map((r) => r.ReservationId)).toEqual(expected.map((i) => i.ReservationId));
    for (const reservation of Reservations) {
      expect(reservation.OwnerId).toBe(sim.mainAccountId);
      expect(reservation.Instances).toHaveLength(1);
    }
  });

  it('DescribeInstanceTypes pages a catalogue holding every type the instances use', async () => {
    const ec2 = connect(EC2Client);
    const pages: string[][] = [];
    for await (const page of paginateDescribeInstanceTypes({ client: ec2, pageSize: 5 }, {})) {
      pages.push((page.InstanceTypes ?? []).map((type) => type.InstanceType as string));
    }
    expect(pages.map((page) => page.length)).toEqual([5, 3]);
    const catalogue = pages.flat();
    const { Reservations = [] } = await ec2.send(new DescribeInstancesCommand({}));
    const used = new Set(Reservations.flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceType as string)));
    expect(used.size).toBeGreaterThan(1);
    for (const type of used) expect(catalogue).toContain(type);
    const tooSmall = await failureOf(paginateDescribeInstanceTypes({ client: ec2, pageSize: 2 }, {}).next());
    expect(tooSmall.name).toBe('InvalidParameterValue');
  });
});

describe('IAM actions of the calls, as each service declares them', () => {
  it("counts S3's calls under their older action names and leaves STS out", async () => {
    sim.counters.reset();
    const s3 = connect(S3Client);
    const bucket = sim.state.list('bucket', scope)[0]?.Name as string;
    await s3.send(new ListBucketsCommand({}));
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    // a bucket with or without encryption: either answer is a call the action authorizes
    await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket })).catch((error: Error) => error);
    await connect(STSClient).send(new GetCallerIdentityCommand({}));
    expect(sim.counters.actions()).toEqual(['s3:GetEncryptionConfiguration', 's3:ListAllMyBuckets', 's3:ListBucket']);
  });

  it('names the declared action in a denial', async () => {
    const fault = sim.faults.deny({ service: 's3', operation: 'GetBucketEncryption' });
    try {
      const bucket = sim.state.list('bucket', scope)[0]?.Name as string;
      const denied = await connect(S3Client)
        .send(new GetBucketEncryptionCommand({ Bucket: bucket }))
        .catch((error: Error) => error);
      expect(denied).toMatchObject({ name: 'AccessDenied' });
      expect((denied as Error).message).toContain('s3:GetEncryptionConfiguration');
    } finally {
      fault.remove();
    }
  });
});
