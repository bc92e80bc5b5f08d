import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startAwsSimulator, type AwsSimulator, type SimAccountInfo } from './index.js';

const REGION = 'us-east-1';
let sim: AwsSimulator;
let second: SimAccountInfo;
const destroyables: { destroy(): void }[] = [];

type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

function clients(credentials: Credentials) {
  const config = { endpoint: sim.endpoint, region: REGION, credentials, maxAttempts: 1 };
  const set = {
    ec2: new EC2Client(config),
    s3: new S3Client(config),
    cloudtrail: new CloudTrailClient(config),
    sts: new STSClient(config),
  };
  destroyables.push(...Object.values(set));
  return set;
}

async function assume(roleArn: string, externalId?: string): Promise<Credentials> {
  const answer = await clients(sim.credentials).sts.send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'inventory', ExternalId: externalId }),
  );
  return {
    accessKeyId: answer.Credentials?.AccessKeyId as string,
    secretAccessKey: answer.Credentials?.SecretAccessKey as string,
    sessionToken: answer.Credentials?.SessionToken as string,
  };
}

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 11, size: 'tiny' });
  second = sim.accounts[1] as SimAccountInfo;
});

afterAll(async () => {
  for (const client of destroyables) client.destroy();
  await sim.stop();
});

describe('SigV4 verification', () => {
  it('rejects a wrong secret with each service own signature error', async () => {
    const wrong = clients({ accessKeyId: sim.credentials.accessKeyId, secretAccessKey: 'x'.repeat(40) });
    await expect(wrong.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(wrong.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
    });
    await expect(wrong.s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    await expect(wrong.cloudtrail.send(new DescribeTrailsCommand({}))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('rejects an unknown key the way each service does', async () => {
    const unknown = clients({ accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: sim.credentials.secretAccessKey });
    await expect(unknown.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({
      name: 'AuthFailure',
      $metadata: { httpStatusCode: 401 },
    });
    await expect(unknown.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(unknown.s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    await expect(unknown.cloudtrail.send(new DescribeTrailsCommand({}))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
    });
  });

  it('counts rejected calls per operation too', async () => {
    sim.counters.reset();
    const wrong = clients({ accessKeyId: sim.credentials.accessKeyId, secretAccessKey: 'y'.repeat(40) });
    await expect(wrong.ec2.send(new DescribeInstancesCommand({}))).rejects.toThrow();
    expect(sim.counters.calls({ operation: 'DescribeInstances' })).toBe(1);
    expect(sim.counters.errors({ operation: 'DescribeInstances' })).toBe(1);
  });
});

describe('AssumeRole', () => {
  it('acts in the role account with temporary credentials', async () => {
    const credentials = await assume(second.roleArns[0] as string);
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    const inRole = clients(credentials);
    const identity = await inRole.sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(second.id);
    expect(identity.Arn).toBe(`arn:aws:sts::${second.id}:assumed-role/InventoryReader/inventory`);
    const answer = await inRole.ec2.send(new DescribeInstancesCommand({}));
    const expected = sim.state.list('instance', { account: second.id, region: REGION }).map((i) => i.InstanceId);
    expect(answer.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)).toEqual(expected);
    expect(answer.Reservations?.every((r) => r.OwnerId === second.id)).toBe(true);
    const mainIds = sim.state.list('instance', { account: sim.mainAccountId, region: REGION }).map((i) => i.InstanceId);
    expect(expected.some((id) => mainIds.includes(id))).toBe(false);
  });

  it('requires the session token that came with the temporary key', async () => {
    const credentials = await assume(second.roleArns[0] as string);
    const withoutToken = clients({
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
    });
    await expect(withoutToken.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
    const wrongToken = clients({ ...credentials, sessionToken: 'forged' });
    await expect(wrongToken.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({ name: 'AuthFailure' });
  });

  it('enforces the ExternalId condition of a role', async () => {
    const role = second.roles.find((r) => r.externalId !== undefined);
    expect(role).toBeDefined();
    await expect(assume(role?.arn as string)).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(assume(role?.arn as string, 'wrong')).rejects.toMatchObject({ name: 'AccessDenied' });
    const credentials = await assume(role?.arn as string, role?.externalId);
    expect((await clients(credentials).sts.send(new GetCallerIdentityCommand({}))).Account).toBe(second.id);
  });

  it('denies an unknown role', async () => {
    await expect(assume(`arn:aws:iam::${second.id}:role/Nope`)).rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
