import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { status } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator, type SimAccountInfo } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectOptions } from '@cloud-inventory/protocol';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, resourcesOf, scopeResultsOf, awsSecretOf } from './testing/collector-client.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let keys: AwsSecret;
let options: CollectOptions;
let second: SimAccountInfo;

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 3 });
  second = sim.accounts.find((account) => !account.isMain) as SimAccountInfo;
  collector = await startAwsCollector({
    port: 0,
    poolSize: 1,
    insecureNoAuth: true,
    allowedEndpoints: [sim.endpoint],
  });
  client = new CollectorTestClient(collector.address);
  keys = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

beforeEach(() => sim.counters.reset());

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

function roleArn(withExternalId: boolean): string {
  const role = second.roles.find((candidate) => (candidate.externalId !== undefined) === withExternalId);
  if (!role) throw new Error('simulator has no such role');
  return role.arn;
}

describe('credentials', () => {
  it('assumes a role into the second account and collects that account', async () => {
    const secret = { ...keys, role_arn: roleArn(false) };
    const plan = await client.getTasks(options, secret);
    expect(plan.account_id).toBe(second.id);
    const task = plan.tasks.find((candidate) => candidate.task_id === 'ec2:us-east-1');
    const responses = await client.collect({ task, options, secret });
    const instances = resourcesOf(responses).filter((resource) => resource.kind === 'aws_ec2_instance');
    expect(instances.map((instance) => instance.id).sort()).toEqual(
      sim.state
        .list('instance', { account: second.id, region: 'us-east-1' })
        .map((instance) => instance.InstanceId)
        .sort(),
    );
    expect(
      instances.every((instance) => instance.account === second.id && instance.uid.includes(`:${second.id}:`)),
    ).toBe(true);
    expect(scopeResultsOf(responses).every((result) => result.scope?.account === second.id)).toBe(true);
  });

  it('calls AssumeRole once for an account across planning and many tasks (the session is cached)', async () => {
    const secret = {
      ...keys,
      role_arn: roleArn(true),
      external_id: second.roles.find((role) => role.externalId)?.externalId,
    };
    const plan = await client.getTasks(options, secret);
    const tasks = plan.tasks.filter((task) => task.type !== 'CLOUD_SERVICE_TYPE');
    await Promise.all(tasks.map((task) => client.collect({ task, options, secret })));
    await client.verify(options, secret);
    expect(tasks.length).toBeGreaterThan(5);
    expect(sim.counters.calls({ service: 'sts', operation: 'AssumeRole' })).toBe(1);
    expect(sim.counters.calls({ service: 'sts', operation: 'GetCallerIdentity' })).toBe(1);
  });

  it('refuses a role whose external id does not match, saying what is wrong without the secret', async () => {
    const secret = { ...keys, role_arn: roleArn(true), external_id: 'wrong-external-id' };
    const error = await grpcErrorOf(client.getTasks(options, secret));
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(error.details).toContain(roleArn(true));
    expect(error.details).toContain('external id');
    expect(error.details).not.toContain(sim.credentials.secretAccessKey);
  });

  it('verifies good credentials with the account, caller and enabled regions', async () => {
    const verified = await client.verify(options, keys);
    expect(verified.account_id).toBe(sim.mainAccountId);
    expect(verified.caller_arn).toContain(sim.mainAccountId);
    expect(verified.enabled_regions).toEqual([...sim.regions].sort());
  });

  it('says clearly that AWS rejected a wrong secret key, without echoing it', async () => {
    const wrongSecret = 'x'.repeat(20) + sim.credentials.secretAccessKey.slice(20);
    const error = await grpcErrorOf(client.verify(options, { ...keys, secret_access_key: wrongSecret }));
    expect(error.code).toBe(status.UNAUTHENTICATED);
    expect(error.details).toContain('AWS rejected the credentials');
    expect(error.details).toContain('SignatureDoesNotMatch');
    expect(error.details).not.toContain(wrongSecret);
  });
});
