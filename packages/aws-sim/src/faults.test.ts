import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { SERVICE_MISSING_ERROR_CODE, startAwsSimulator, type AwsSimulator } from './index.js';

let sim: AwsSimulator;
const destroyables: { destroy(): void }[] = [];

function config(region: string, maxAttempts = 3) {
  return { endpoint: sim.endpoint, region, credentials: sim.credentials, maxAttempts };
}

function ec2(region = 'us-east-1', maxAttempts = 3, extra: Partial<ConstructorParameters<typeof EC2Client>[0]> = {}) {
  const client = new EC2Client({ ...config(region, maxAttempts), ...extra });
  destroyables.push(client);
  return client;
}

beforeAll(async () => {
  sim = await startAwsSimulator({ seed: 13, size: 'tiny' });
});

afterEach(() => {
  sim.faults.clear();
  sim.counters.reset();
});

afterAll(async () => {
  for (const client of destroyables) client.destroy();
  await sim.stop();
});

describe('fault knobs', () => {
  it('throttles by token bucket with each protocol own code, and the SDK retries ride it out', async () => {
    // A slow refill, so that the second call finds the bucket empty even on a loaded machine.
    sim.faults.throttle({ ratePerSecond: 5, burst: 1 }, { service: 'ec2', operation: 'DescribeVpcs' });
    const client = ec2('us-east-1', 10);
    for (let call = 0; call < 4; call++) {
      const answer = await client.send(new DescribeVpcsCommand({}));
      expect(answer.Vpcs?.length).toBeGreaterThan(0);
    }
    expect(sim.counters.throttled({ operation: 'DescribeVpcs' })).toBeGreaterThan(0);
    expect(sim.counters.calls({ operation: 'DescribeVpcs' })).toBeGreaterThan(4);
  });

  it('answers RequestLimitExceeded, SlowDown, ThrottlingException and Throttling once retries are exhausted', async () => {
    sim.faults.throttle({ ratePerSecond: 0, burst: 0 });
    await expect(ec2('us-east-1', 2).send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: 'RequestLimitExceeded',
      $metadata: { httpStatusCode: 503, attempts: 2 },
    });
    const s3 = new S3Client(config('us-east-1', 1));
    const cloudtrail = new CloudTrailClient(config('us-east-1', 1));
    const sts = new STSClient(config('us-east-1', 1));
    destroyables.push(s3, cloudtrail, sts);
    await expect(s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({
      name: 'SlowDown',
      $metadata: { httpStatusCode: 503 },
    });
    await expect(cloudtrail.send(new DescribeTrailsCommand({}))).rejects.toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'Throttling' });
    expect(sim.counters.throttled({ service: 'ec2' })).toBe(2);
  });

  it('denies a service in one region only', async () => {
    sim.faults.deny({ service: 'ec2', region: 'us-west-2' });
    await expect(ec2('us-west-2').send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: 'UnauthorizedOperation',
      $metadata: { httpStatusCode: 403 },
    });
    expect((await ec2('us-east-1').send(new DescribeVpcsCommand({}))).Vpcs?.length).toBeGreaterThan(0);
    sim.faults.deny({ service: 'cloudtrail' });
    const cloudtrail = new CloudTrailClient(config('us-east-1'));
    destroyables.push(cloudtrail);
    await expect(cloudtrail.send(new DescribeTrailsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  it('scopes a denial to one account', async () => {
    sim.faults.deny({ account: sim.accounts[1]?.id as string });
    expect((await ec2().send(new DescribeVpcsCommand({}))).Vpcs?.length).toBeGreaterThan(0);
    sim.faults.deny({ account: sim.mainAccountId });
    await expect(ec2().send(new DescribeVpcsCommand({}))).rejects.toMatchObject({ name: 'UnauthorizedOperation' });
  });

  it('makes a service missing from a region with a 404 UnknownEndpoint', async () => {
    sim.faults.removeService('cloudtrail', 'eu-west-1');
    const cloudtrail = new CloudTrailClient(config('eu-west-1'));
    destroyables.push(cloudtrail);
    await expect(cloudtrail.send(new DescribeTrailsCommand({}))).rejects.toMatchObject({
      name: SERVICE_MISSING_ERROR_CODE,
      $metadata: { httpStatusCode: 404, attempts: 1 },
    });
    expect((await ec2('eu-west-1').send(new DescribeVpcsCommand({}))).Vpcs?.length).toBeGreaterThan(0);
  });

  it('answers 5xx at the chosen rate: always fails at 1, and a removed fault stops failing', async () => {
    const fault = sim.faults.serverErrors(1, { operation: 'DescribeVpcs' });
    await expect(ec2('us-east-1', 2).send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: 'InternalError',
      $metadata: { httpStatusCode: 500, attempts: 2 },
    });
    fault.remove();
    expect((await ec2('us-east-1', 1).send(new DescribeVpcsCommand({}))).Vpcs?.length).toBeGreaterThan(0);
  });

  it('fails about the chosen share of calls at a partial rate', async () => {
    sim.faults.serverErrors(0.5, { operation: 'DescribeVpcs' }, 503);
    const client = ec2('us-east-1', 1);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => client.send(new DescribeVpcsCommand({}))),
    );
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed.length).toBeGreaterThan(5);
    expect(failed.length).toBeLessThan(35);
    expect(failed[0]).toMatchObject({ reason: { name: 'Unavailable', $metadata: { httpStatusCode: 503 } } });
  });

  it('adds latency to matching calls (a client timeout shorter than the latency fires)', async () => {
    sim.faults.latency(3000, { operation: 'DescribeVpcs' });
    const impatient = ec2('us-east-1', 1, {
      requestHandler: new NodeHttpHandler({ requestTimeout: 300, throwOnRequestTimeout: true }),
    });
    await expect(impatient.send(new DescribeVpcsCommand({}))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('counts calls per operation, account and region, and resets', async () => {
    await ec2('us-east-1').send(new DescribeVpcsCommand({}));
    await ec2('us-west-2').send(new DescribeVpcsCommand({}));
    expect(sim.counters.calls({ operation: 'DescribeVpcs', account: sim.mainAccountId })).toBe(2);
    expect(sim.counters.calls({ operation: 'DescribeVpcs', region: 'us-west-2' })).toBe(1);
    expect(sim.counters.byOperation()).toEqual({ 'ec2:DescribeVpcs': 2 });
    sim.counters.reset();
    expect(sim.counters.calls()).toBe(0);
  });
});
