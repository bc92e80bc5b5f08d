import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeleteVolumeCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  EC2Client,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { startAwsSimulator, type AwsSimulator } from '../../../index.js';
import { failureOf } from '../../../testing/failure-of.js';

const region = 'eu-west-1';
let sim: AwsSimulator;
let ec2: EC2Client;
let scope: { account: string; region: string };

beforeAll(async () => {
  sim = await startAwsSimulator({ size: 'tiny', regions: [region, 'us-east-1'], accounts: 1 });
  scope = { account: sim.mainAccountId, region };
  ec2 = new EC2Client({ region, endpoint: sim.endpoint, credentials: sim.credentials, maxAttempts: 1 });
});

afterAll(async () => {
  ec2.destroy();
  await sim.stop();
});

describe('EC2 TerminateInstances in the simulator', () => {
  it('answers shutting-down from the previous state and the instance is gone from the next Describe', async () => {
    const instance = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const output = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId] }));
    expect(output.TerminatingInstances).toEqual([
      {
        InstanceId: instance.InstanceId,
        CurrentState: { Code: 32, Name: 'shutting-down' },
        PreviousState: { Code: instance.State.Code, Name: instance.State.Name },
      },
    ]);
    const described = await ec2.send(new DescribeInstancesCommand({}));
    const ids = (described.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId));
    expect(ids).not.toContain(instance.InstanceId);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('answers DryRunOperation (412) to a dry run and leaves the instance running', async () => {
    const instance = sim.state.add('instance', scope, { BlockDeviceMappings: [] });
    const failure = await failureOf(
      ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance.InstanceId], DryRun: true })),
    );
    expect(failure).toEqual({ name: 'DryRunOperation', status: 412 });
    expect(sim.state.get('instance', scope, instance.InstanceId)).toBeDefined();
  });

  it('refuses an unknown instance with InvalidInstanceID.NotFound, even in a dry run', async () => {
    const failure = await failureOf(
      ec2.send(new TerminateInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'], DryRun: true })),
    );
    expect(failure.name).toBe('InvalidInstanceID.NotFound');
  });
});

describe('EC2 DeleteVolume and DeleteSnapshot in the simulator', () => {
  it('deletes an available volume and refuses one attached to an instance', async () => {
    const free = sim.state.add('volume', scope, { State: 'available', Attachments: [] });
    await ec2.send(new DeleteVolumeCommand({ VolumeId: free.VolumeId }));
    const volumes = await ec2.send(new DescribeVolumesCommand({}));
    expect((volumes.Volumes ?? []).map((v) => v.VolumeId)).not.toContain(free.VolumeId);
    const attached = (volumes.Volumes ?? []).find((v) => (v.Attachments ?? []).length > 0);
    expect(attached).toBeDefined();
    const failure = await failureOf(ec2.send(new DeleteVolumeCommand({ VolumeId: attached?.VolumeId })));
    expect(failure.name).toBe('VolumeInUse');
  });

  it('deletes a snapshot no image is backed by, and answers NotFound the second time', async () => {
    const snapshot = sim.state.add('snapshot', scope);
    const dryRun = await failureOf(
      ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshot.SnapshotId, DryRun: true })),
    );
    expect(dryRun.name).toBe('DryRunOperation');
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshot.SnapshotId }));
    expect(sim.state.get('snapshot', scope, snapshot.SnapshotId)).toBeUndefined();
    const again = await failureOf(ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshot.SnapshotId })));
    expect(again.name).toBe('InvalidSnapshot.NotFound');
  });
});

describe('EC2 CreateTags and DeleteTags in the simulator', () => {
  it('adds and overwrites tags, then deletes by key and by key and value', async () => {
    const volume = sim.state.add('volume', scope, { Tags: [{ Key: 'team', Value: 'red' }] });
    await ec2.send(
      new CreateTagsCommand({
        Resources: [volume.VolumeId],
        Tags: [
          { Key: 'team', Value: 'blue' },
          { Key: 'owner', Value: 'ops' },
          { Key: 'cost', Value: 'x' },
        ],
      }),
    );
    expect(sim.state.get('volume', scope, volume.VolumeId)?.Tags).toEqual([
      { Key: 'team', Value: 'blue' },
      { Key: 'owner', Value: 'ops' },
      { Key: 'cost', Value: 'x' },
    ]);
    await ec2.send(
      new DeleteTagsCommand({
        Resources: [volume.VolumeId],
        Tags: [{ Key: 'team' }, { Key: 'owner', Value: 'somebody-else' }],
      }),
    );
    expect(sim.state.get('volume', scope, volume.VolumeId)?.Tags).toEqual([
      { Key: 'owner', Value: 'ops' },
      { Key: 'cost', Value: 'x' },
    ]);
  });

  it('changes nothing in a dry run and refuses reserved aws: keys', async () => {
    const volume = sim.state.add('volume', scope, { Tags: [] });
    const dryRun = await failureOf(
      ec2.send(new CreateTagsCommand({ Resources: [volume.VolumeId], Tags: [{ Key: 'a', Value: 'b' }], DryRun: true })),
    );
    expect(dryRun).toEqual({ name: 'DryRunOperation', status: 412 });
    expect(sim.state.get('volume', scope, volume.VolumeId)?.Tags).toEqual([]);
    const reserved = await failureOf(
      ec2.send(new CreateTagsCommand({ Resources: [volume.VolumeId], Tags: [{ Key: 'aws:x', Value: 'b' }] })),
    );
    expect(reserved.name).toBe('InvalidParameterValue');
  });
});
