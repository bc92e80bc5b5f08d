import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { startAwsSimulator, type AwsSimulator } from '@cloud-inventory/aws-sim';
import type { RunningCollector } from '@cloud-inventory/collector-kit';
import { loadProtoFile, type ActionsApi } from '@cloud-inventory/protocol';
import { startAwsCollector } from '../server.js';
import { capturedLogger } from '../testing/captured-logger.js';
import { awsSecretOf } from '../testing/collector-client.js';
import { grpcErrorOf } from '@cloud-inventory/protocol/testing';

const region = 'eu-west-1';
const token = 'collector-token-for-tests';
let sim: AwsSimulator;
let collector: RunningCollector;
let client: ActionsApi.ResourceActionsClient;
let logLines: string[];

function execute(request: ActionsApi.ActionRequest, withToken = true): Promise<ActionsApi.ActionResponse__Output> {
  const metadata = new Metadata();
  if (withToken) metadata.set('authorization', `Bearer ${token}`);
  return new Promise((resolve, reject) =>
    client.Execute(request, metadata, (error, response) => (error || !response ? reject(error) : resolve(response))),
  );
}

function request(overrides: Partial<ActionsApi.ActionRequest>): ActionsApi.ActionRequest {
  return {
    action: 'TERMINATE_INSTANCES',
    targets: [],
    dry_run: false,
    options: { endpoint_url: sim.endpoint },
    secret: awsSecretOf(sim.credentials),
    ...overrides,
  };
}

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', regions: [region, 'us-east-1'], accounts: 1 });
  const captured = capturedLogger('debug');
  logLines = captured.lines;
  collector = await startAwsCollector({
    port: 0,
    poolSize: 0,
    token,
    logger: captured.logger,
    maxAttempts: 1,
    actionsEnabled: true,
    allowedEndpoints: [sim.endpoint],
  });
  const proto = loadProtoFile<ActionsApi.ProtoGrpcType>('actions.proto').cloudinventory.collector.v1;
  client = new proto.ResourceActions(collector.address, credentials.createInsecure());
});

afterAll(async () => {
  client.close();
  await collector.stop();
  await sim.stop();
});

describe('ResourceActions.Execute', () => {
  it('asks AWS with DryRun in a dry run: each target would succeed and nothing changes', async () => {
    const scope = { account: sim.mainAccountId, region };
    const instance = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const response = await execute(
      request({ dry_run: true, targets: [{ id: instance.InstanceId, uid: 'uid-1', region }] }),
    );
    expect(response.account_id).toBe(sim.mainAccountId);
    expect(response.results).toEqual([
      {
        id: instance.InstanceId,
        uid: 'uid-1',
        outcome: 'ACTION_OUTCOME_WOULD_SUCCEED',
        error_code: '',
        error_message: '',
      },
    ]);
    expect(sim.state.get('instance', scope, instance.InstanceId)).toBeDefined();
  });

  it('terminates instances for real and reports a missing one as failed without stopping the others', async () => {
    const scope = { account: sim.mainAccountId, region };
    const first = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const second = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const response = await execute(
      request({
        targets: [
          { id: first.InstanceId, uid: 'a', region },
          { id: 'i-0ffffffffffffffff', uid: 'gone', region },
          { id: second.InstanceId, uid: 'b', region },
        ],
      }),
    );
    expect(response.results.map((result) => [result.uid, result.outcome, result.error_code])).toEqual([
      ['a', 'ACTION_OUTCOME_DONE', ''],
      ['gone', 'ACTION_OUTCOME_FAILED', 'InvalidInstanceID.NotFound'],
      ['b', 'ACTION_OUTCOME_DONE', ''],
    ]);
    expect(sim.state.get('instance', scope, first.InstanceId)).toBeUndefined();
    expect(sim.state.get('instance', scope, second.InstanceId)).toBeUndefined();
  });

  it('deletes volumes and snapshots and creates tags in their own regions', async () => {
    const scope = { account: sim.mainAccountId, region: 'us-east-1' };
    const volume = sim.state.add('volume', scope, { State: 'available', Attachments: [], Tags: [] });
    const snapshot = sim.state.add('snapshot', scope);
    const tagged = sim.state.add('volume', scope, { Tags: [] });
    const target = (id: string) => [{ id, uid: id, region: 'us-east-1' }];
    const outcomes = await Promise.all([
      execute(request({ action: 'DELETE_VOLUMES', targets: target(volume.VolumeId) })),
      execute(request({ action: 'DELETE_SNAPSHOTS', targets: target(snapshot.SnapshotId) })),
      execute(request({ action: 'CREATE_TAGS', targets: target(tagged.VolumeId), tags: { owner: 'unknown' } })),
    ]);
    expect(outcomes.map((response) => response.results[0]?.outcome)).toEqual([
      'ACTION_OUTCOME_DONE',
      'ACTION_OUTCOME_DONE',
      'ACTION_OUTCOME_DONE',
    ]);
    expect(sim.state.get('volume', scope, volume.VolumeId)).toBeUndefined();
    expect(sim.state.get('snapshot', scope, snapshot.SnapshotId)).toBeUndefined();
    expect(sim.state.get('volume', scope, tagged.VolumeId)?.Tags).toEqual([{ Key: 'owner', Value: 'unknown' }]);
  });

  it('names the field of a bad request and never terminates a volume id', async () => {
    const wrongKind = await grpcErrorOf(execute(request({ targets: [{ id: 'vol-0abc', uid: 'x', region }] })));
    expect(wrongKind.code).toBe(status.INVALID_ARGUMENT);
    expect(wrongKind.details).toMatch(/^targets\[0\]\.id/);
    const noTags = await grpcErrorOf(
      execute(request({ action: 'CREATE_TAGS', targets: [{ id: 'vol-0abc', uid: 'x', region }] })),
    );
    expect(noTags.details).toMatch(/^tags/);
    const unspecified = await grpcErrorOf(execute(request({ action: 'ACTION_TYPE_UNSPECIFIED' })));
    expect(unspecified.details).toMatch(/^action/);
  });

  it('refuses calls without the token and keeps the secret key out of errors and logs', async () => {
    const anonymous = await grpcErrorOf(execute(request({ targets: [{ id: 'i-0abc', uid: 'x', region }] }), false));
    expect(anonymous.code).toBe(status.UNAUTHENTICATED);
    const denied = await execute(
      request({
        secret: { access_key_id: sim.credentials.accessKeyId, secret_access_key: 'wrong-secret-key-value' },
        targets: [{ id: 'i-0abc', uid: 'x', region }],
      }),
    ).catch((error: ServiceError) => error);
    expect(JSON.stringify(denied)).not.toContain('wrong-secret-key-value');
    expect(logLines.join('\n')).not.toContain(sim.credentials.secretAccessKey);
    expect(logLines.join('\n')).not.toContain('wrong-secret-key-value');
  });
});
