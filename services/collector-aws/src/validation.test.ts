import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { status, type ServiceError } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import type { AwsSecret, CollectRequest, CollectOptions } from '@cloud-inventory/protocol';
import { startAwsCollector } from './server.js';
import { capturedLogger } from './testing/captured-logger.js';
import { CollectorTestClient, scopeResultsOf, awsSecretOf } from './testing/collector-client.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

const token = 'collector-token-for-tests';
let sim: AwsSimulator;
let collector: RunningCollector;
let client: CollectorTestClient;
let keys: AwsSecret;
let options: CollectOptions;
const captured = capturedLogger('debug');
const errors: ServiceError[] = [];

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 11 });
  collector = await startAwsCollector({
    port: 0,
    poolSize: 1,
    token,
    logger: captured.logger,
    allowedEndpoints: [sim.endpoint],
  });
  client = new CollectorTestClient(collector.address, token);
  keys = awsSecretOf(sim.credentials);
  options = { endpoint_url: sim.endpoint };
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

async function rejected(request: CollectRequest): Promise<ServiceError> {
  const error = await grpcErrorOf(client.collect(request));
  errors.push(error);
  return error;
}

const ec2Task = { task_id: 't1', type: 'CLOUD_SERVICE' as const, service: 'ec2', region: 'us-east-1' };

describe('bad input', () => {
  it.each([
    ['an unspecified task type', 'task.type', { task: { ...ec2Task, type: 'TASK_TYPE_UNSPECIFIED' as const } }],
    ['an unknown task type', 'task.type', { task: { ...ec2Task, type: 42 as unknown as 'REGION' } }],
    ['a missing task', 'task', { task: null }],
    ['an unknown service', 'task.service', { task: { ...ec2Task, service: 'kinesis' } }],
    ['a region that is no region code', 'task.region', { task: { ...ec2Task, region: 'moon-base' } }],
    ['a kind of another service', 'task.kinds[0]', { task: { ...ec2Task, kinds: ['aws_s3_bucket'] } }],
    [
      'a malformed region filter',
      'options.regions[2]',
      { task: ec2Task, options: { regions: ['us-east-1', 'eu-west-1', 'EU WEST'] } },
    ],
    ['an unknown service filter', 'options.services[0]', { task: ec2Task, options: { services: ['nope'] } }],
    [
      'an unknown excluded service',
      'options.excluded_services[1]',
      { task: ec2Task, options: { excluded_services: ['ec2', 'nope'] } },
    ],
    ['an endpoint that is no URL', 'options.endpoint_url', { task: ec2Task, options: { endpoint_url: 'not a url' } }],
    [
      'an access key without its secret',
      'secret.secret_access_key',
      { task: ec2Task, secret: { access_key_id: 'AKIAAAAAAAAAAAAAAAAA' } },
    ],
    [
      'a secret key without its access key',
      'secret.access_key_id',
      { task: ec2Task, secret: { secret_access_key: 'abc' } },
    ],
    [
      'an external id without a role',
      'secret.role_arn',
      { task: ec2Task, secret: { access_key_id: 'AKIAAAAAAAAAAAAAAAAA', secret_access_key: 'abc', external_id: 'x' } },
    ],
    ['a role ARN that is no role', 'secret.role_arn', { task: ec2Task, secret: { role_arn: 'arn:aws:s3:::bucket' } }],
  ])('answers %s with INVALID_ARGUMENT naming %s', async (_case, field, request) => {
    const error = await rejected({ options, secret: keys, ...(request as CollectRequest) });
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details.startsWith(`${field}:`)).toBe(true);
  });

  it('rejects GetTasks with malformed options naming the field', async () => {
    const error = await grpcErrorOf(client.getTasks({ ...options, regions: ['us-east-1', 'x'] }, keys));
    errors.push(error);
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toContain('options.regions[1]');
  });

  it('plans no task of an excluded service, even one the services filter names', async () => {
    const plan = await client.getTasks(
      { ...options, services: ['ec2', 'organizations'], excluded_services: ['organizations'] },
      keys,
    );
    expect(plan.tasks.filter((task) => task.type === 'CLOUD_SERVICE').map((task) => task.service)).toEqual(
      expect.arrayContaining(['ec2']),
    );
    expect(plan.tasks.some((task) => task.service === 'organizations')).toBe(false);
    const all = await client.getTasks(options, keys);
    expect(all.tasks.some((task) => task.service === 'organizations')).toBe(true);
  });

  it('requires the bearer token when one is configured', async () => {
    const anonymous = new CollectorTestClient(collector.address);
    const wrong = new CollectorTestClient(collector.address, 'not-the-token');
    try {
      for (const caller of [anonymous, wrong]) {
        const error = await grpcErrorOf(caller.getTasks(options, keys));
        errors.push(error);
        expect(error.code).toBe(status.UNAUTHENTICATED);
      }
      await expect(client.getTasks(options, keys)).resolves.toMatchObject({ account_id: sim.mainAccountId });
    } finally {
      anonymous.close();
      wrong.close();
    }
  });
});

describe('secrets', () => {
  it('never writes the secret key, the session token or the API token to logs or gRPC errors', async () => {
    sim.faults.deny({ service: 'ec2', operation: 'DescribeVolumes' });
    try {
      const plan = await client.getTasks(options, keys, client.metadata('job-secrets'));
      const task = plan.tasks.find((candidate) => candidate.task_id === 'ec2:us-east-1');
      const responses = await client.collect({ task, options, secret: keys }, client.metadata('job-secrets'));
      expect(scopeResultsOf(responses).some((result) => result.error_code === 'AccessDenied')).toBe(true);
      errors.push(
        await grpcErrorOf(client.verify(options, { ...keys, secret_access_key: `${keys.secret_access_key}x` })),
      );
      const roleSecret = {
        ...keys,
        session_token: 'session-token-that-must-not-leak',
        role_arn: 'arn:aws:iam::000000000000:role/Nope',
      };
      errors.push(await grpcErrorOf(client.getTasks(options, roleSecret)));
    } finally {
      sim.faults.clear();
    }
    const logs = captured.lines.join('');
    const taskLines = captured.lines.filter((line) => line.includes('"taskId":"ec2:us-east-1"'));
    expect(taskLines.length).toBeGreaterThan(2);
    for (const line of taskLines) {
      expect(JSON.parse(line)).toMatchObject({
        jobId: 'job-secrets',
        account: sim.mainAccountId,
        region: 'us-east-1',
        service: 'ec2',
      });
    }
    expect(logs).toContain('AccessDenied');
    const everything =
      logs + JSON.stringify(errors.map((error) => [error.details, error.message, error.metadata.getMap()]));
    expect(errors.length).toBeGreaterThan(10);
    for (const secret of [keys.secret_access_key as string, 'session-token-that-must-not-leak', token]) {
      expect(everything).not.toContain(secret);
    }
  });
});
