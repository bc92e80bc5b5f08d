import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { credentials, Metadata, status } from '@grpc/grpc-js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import { loadProtoFile, type ActionsApi, type AwsSecret, type Task } from '@cloud-inventory/protocol';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';
import { startAwsCollector } from './server.js';
import { CollectorTestClient, awsSecretOf, scopeResultsOf } from './testing/collector-client.js';

const region = 'eu-west-1';
let sim: AwsSimulator;
/** A host a caller would like the collector to send its signed requests to; it records what it receives. */
let bait: Server;
let baitEndpoint: string;
const baitRequests: string[] = [];
/** Allows the simulator; actions enabled. */
let strict: RunningCollector;
/** Allows the bait and the simulator, the collector's own credentials included; actions off. */
let lenient: RunningCollector;
let strictClient: CollectorTestClient;
let lenientClient: CollectorTestClient;
let actions: ActionsApi.ResourceActionsClient;
let lenientActions: ActionsApi.ResourceActionsClient;
let keys: AwsSecret;
const savedEnv = { ...process.env };

function execute(
  client: ActionsApi.ResourceActionsClient,
  request: ActionsApi.ActionRequest,
): Promise<ActionsApi.ActionResponse__Output> {
  return new Promise((resolve, reject) =>
    client.Execute(request, new Metadata(), (error, response) =>
      error || !response ? reject(error) : resolve(response),
    ),
  );
}

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', seed: 17, regions: [region, 'us-east-1'], accounts: 1 });
  bait = createServer((request, response) => {
    baitRequests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.statusCode = 500;
    response.end();
  });
  await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
  baitEndpoint = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
  // The collector's own credential chain (AWS_* variables): the simulator's keys, so that "allowed" can succeed.
  process.env.AWS_ACCESS_KEY_ID = sim.credentials.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = sim.credentials.secretAccessKey;
  strict = await startAwsCollector({
    port: 0,
    poolSize: 0,
    insecureNoAuth: true,
    actionsEnabled: true,
    allowedEndpoints: [sim.endpoint],
    maxAttempts: 1,
  });
  lenient = await startAwsCollector({
    port: 0,
    poolSize: 0,
    insecureNoAuth: true,
    allowedEndpoints: [baitEndpoint, sim.endpoint],
    allowDefaultCredentialsWithEndpoint: true,
    maxAttempts: 1,
  });
  strictClient = new CollectorTestClient(strict.address);
  lenientClient = new CollectorTestClient(lenient.address);
  const proto = loadProtoFile<ActionsApi.ProtoGrpcType>('actions.proto').cloudinventory.collector.v1;
  actions = new proto.ResourceActions(strict.address, credentials.createInsecure());
  lenientActions = new proto.ResourceActions(lenient.address, credentials.createInsecure());
  keys = awsSecretOf(sim.credentials);
});

beforeEach(() => {
  baitRequests.length = 0;
  sim.counters.reset();
});

afterAll(async () => {
  process.env = savedEnv;
  for (const client of [strictClient, lenientClient]) client.close();
  actions.close();
  lenientActions.close();
  await strict.stop();
  await lenient.stop();
  await new Promise((resolve) => bait.close(resolve));
  await sim.stop();
});

const ec2Task: Task = { task_id: `ec2:${region}`, type: 'CLOUD_SERVICE', service: 'ec2', region };

describe("a caller's endpoint_url", () => {
  it('is refused for an origin the collector does not allow, before any request leaves', async () => {
    const options = { endpoint_url: `${baitEndpoint}/` };
    const refusals = await Promise.all([
      grpcErrorOf(strictClient.getTasks(options, keys)),
      grpcErrorOf(strictClient.verify(options, keys)),
      grpcErrorOf(strictClient.collect({ task: ec2Task, options, secret: keys })),
      grpcErrorOf(
        execute(actions, {
          action: 'TERMINATE_INSTANCES',
          targets: [{ id: 'i-0abc', uid: 'x', region }],
          dry_run: false,
          options,
          secret: keys,
        }),
      ),
    ]);
    for (const refusal of refusals) {
      expect(refusal.code).toBe(status.INVALID_ARGUMENT);
      expect(refusal.details).toMatch(/^options\.endpoint_url: http:\/\/127\.0\.0\.1:\d+ is not an endpoint/);
    }
    expect(baitRequests).toEqual([]);
  });

  it("is refused with the collector's own credentials unless that is allowed too", async () => {
    const refusal = await grpcErrorOf(strictClient.getTasks({ endpoint_url: sim.endpoint }, {}));
    expect(refusal.code).toBe(status.INVALID_ARGUMENT);
    expect(refusal.details).toMatch(/^options\.endpoint_url: the collector's own credentials are not sent/);
    expect(sim.counters.calls()).toBe(0);
  });

  it('is honoured for an allowed origin, with the account keys or, where allowed, the own credentials', async () => {
    const withKeys = await strictClient.getTasks({ endpoint_url: sim.endpoint }, keys);
    expect(withKeys.account_id).toBe(sim.mainAccountId);
    const withOwn = await lenientClient.getTasks({ endpoint_url: sim.endpoint }, {});
    expect(withOwn.account_id).toBe(sim.mainAccountId);
    const responses = await strictClient.collect({
      task: ec2Task,
      options: { endpoint_url: sim.endpoint },
      secret: keys,
    });
    expect(scopeResultsOf(responses).every((result) => result.state === 'SUCCESS')).toBe(true);
    // The bait is allowed by the lenient collector: it does get the calls there (and fails them).
    await grpcErrorOf(lenientClient.getTasks({ endpoint_url: baitEndpoint }, keys));
    expect(baitRequests.length).toBeGreaterThan(0);
  });
});

describe('ResourceActions', () => {
  it('is PERMISSION_DENIED on a collector that did not enable it, and calls nothing', async () => {
    const scope = { account: sim.mainAccountId, region };
    const instance = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const refusal = await grpcErrorOf(
      execute(lenientActions, {
        action: 'TERMINATE_INSTANCES',
        targets: [{ id: instance.InstanceId, uid: 'x', region }],
        dry_run: false,
        options: { endpoint_url: sim.endpoint },
        secret: keys,
      }),
    );
    expect(refusal.code).toBe(status.PERMISSION_DENIED);
    expect(refusal.details).toMatch(/ResourceActions is disabled on this collector .*COLLECTOR_ACTIONS_ENABLED/);
    expect(sim.counters.calls()).toBe(0);
    expect(sim.state.get('instance', scope, instance.InstanceId)).toBeDefined();
  });

  it('runs where enabled', async () => {
    const scope = { account: sim.mainAccountId, region };
    const instance = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const response = await execute(actions, {
      action: 'TERMINATE_INSTANCES',
      targets: [{ id: instance.InstanceId, uid: 'x', region }],
      dry_run: true,
      options: { endpoint_url: sim.endpoint },
      secret: keys,
    });
    expect(response.results[0]?.outcome).toBe('ACTION_OUTCOME_WOULD_SUCCEED');
  });
});
