import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { isCurrentRecord, type SimKind } from '@cloud-inventory/aws-sim';
import { startDemo, type RunningDemo } from './start-demo.js';
import { runCliProcess, type CliRun } from './testing-cli-runner.js';

const token = 'e2e-test-token';
let demo: RunningDemo;
let dataDir: string;
let account: string;

function cli(...args: string[]): Promise<CliRun> {
  return runCliProcess(['--address', demo.apiAddress, ...args], { INVENTORY_API_TOKEN: token });
}

function parsed<T>(run: CliRun): T {
  if (run.code !== 0) throw new Error(`cli exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

interface JobJson {
  job_id: string;
  state: string;
  counts: { created: number; updated: number; deleted: number };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'demo-cli-test-'));
  demo = await startDemo({ dataDir, logger: pino({ level: 'silent' }), apiPort: 0, apiToken: token, seed: 5 });
  account = demo.simulator.mainAccountId;
}, 120_000);

afterAll(async () => {
  await demo?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the cloud-inventory CLI against a running demo', () => {
  it('starts a sync, follows it to SUCCESS and reports what it created', async () => {
    const job = parsed<JobJson>(await cli('sync', '--json', '--poll-ms', '200'));
    expect(job.state).toBe('SUCCESS');
    const instances = demo.simulator.regions.reduce(
      (sum, region) => sum + demo.simulator.state.count('instance', { account, region }),
      0,
    );
    expect(job.counts.created).toBeGreaterThan(instances);

    const jobs = await cli('jobs');
    expect(jobs.code).toBe(0);
    expect(jobs.stdout).toMatch(/^job\s+state\s+trigger/);
    expect(jobs.stdout).toContain(job.job_id);
  }, 180_000);

  it('lists exactly the instances the simulator holds in a region, with filters', async () => {
    const region = 'eu-west-1';
    const listed = parsed<{ id: string; kind: string; region: string }[]>(
      await cli('resources', '--kind', 'aws_ec2_instance', '--region', region, '--all', '--json'),
    );
    const expected = demo.simulator.state.list('instance', { account, region }).map((instance) => instance.InstanceId);
    expect(listed.map((resource) => resource.id).sort()).toEqual([...expected].sort());

    const table = await cli('resources', '--kind', 'aws_ec2_instance', '--region', region, '--limit', '2');
    expect(table.code).toBe(0);
    expect(table.stdout.trim().split('\n')).toHaveLength(4);
    expect(table.stderr).toContain('more match');
  }, 60_000);

  it('walks from an instance to its attached volumes and its subnet', async () => {
    const region = 'us-east-1';
    const instance = demo.simulator.state
      .list('instance', { account, region })
      .find((candidate) => candidate.BlockDeviceMappings.length > 0 && candidate.SubnetId !== undefined);
    if (!instance) throw new Error('the seeded world has no instance with a volume and a subnet');
    const [found] = parsed<{ uid: string }[]>(
      await cli('resources', '--kind', 'aws_ec2_instance', '--where', `InstanceId=${instance.InstanceId}`, '--json'),
    );
    expect(found).toBeDefined();
    const neighbourhood = parsed<{ edges: { from: string; type: string; to: string }[] }>(
      await cli('neighbors', found?.uid ?? '', '--json'),
    );
    const volumeIds = instance.BlockDeviceMappings.map((mapping) => mapping.Ebs.VolumeId);
    for (const volumeId of volumeIds) {
      expect(neighbourhood.edges.some((edge) => edge.from.endsWith(volumeId) && edge.to === found?.uid)).toBe(true);
    }
    expect(neighbourhood.edges.some((edge) => edge.to.endsWith(instance.SubnetId ?? '?'))).toBe(true);
  }, 60_000);

  it("answers the README's encryption questions: the unencrypted stores, and what a KMS key encrypts", async () => {
    const stores = 'aws_rds_db_instance,aws_sqs_queue,aws_dynamodb_table,aws_ec2_volume';
    const unencrypted = parsed<{ kind: string; region: string; id: string }[]>(
      await cli('resources', '--kind', stores, '--where', 'Encrypted=false', '--all', '--json'),
    );
    const expected = demo.simulator.regions.flatMap((region) => {
      const current = <K extends SimKind>(kind: K) =>
        demo.simulator.state.list(kind, { account, region }).filter((record) => isCurrentRecord(kind, record));
      const withoutSse = (attributes: Partial<Record<string, string>>) =>
        attributes.SqsManagedSseEnabled !== 'true' && attributes.KmsMasterKeyId === undefined;
      // DynamoDB encrypts every table (with a key AWS owns unless one is named): none is unencrypted
      return [
        ...current('volume').flatMap((v) => (v.Encrypted ? [] : [`aws_ec2_volume ${region} ${v.VolumeId}`])),
        ...current('dbInstance').flatMap((d) =>
          d.StorageEncrypted ? [] : [`aws_rds_db_instance ${region} ${d.DBInstanceIdentifier}`],
        ),
        ...current('sqsQueue').flatMap((q) =>
          withoutSse(q.Attributes) ? [`aws_sqs_queue ${region} ${q.QueueName}`] : [],
        ),
      ];
    });
    expect(expected.some((entry) => entry.startsWith('aws_sqs_queue'))).toBe(true);
    expect(unencrypted.map((r) => `${r.kind} ${r.region} ${r.id}`).sort()).toEqual(expected.sort());

    // a key that encrypts a manual cluster snapshot and that aliases point at
    const aliasesOf = (region: string, key: string) =>
      demo.simulator.state
        .list('kmsAlias', { account, region })
        .filter((alias) => alias.TargetKeyId !== undefined && key.endsWith(`key/${alias.TargetKeyId}`));
    const [keyed] = demo.simulator.regions.flatMap((region) =>
      demo.simulator.state.list('dbClusterSnapshot', { account, region }).flatMap((snapshot) => {
        const key = snapshot.SnapshotType === 'manual' ? snapshot.KmsKeyId : undefined;
        const aliases = key === undefined ? [] : aliasesOf(region, key);
        return key !== undefined && aliases.length > 0 ? [{ snapshot, key, aliases }] : [];
      }),
    );
    if (!keyed) throw new Error('the seeded world has no manual cluster snapshot encrypted by an aliased key');
    const { snapshot, key, aliases } = keyed;
    const encrypts = parsed<{ edges: { from: string; type: string; to: string }[] }>(
      await cli(
        'neighbors',
        key,
        ...'--direction in --edge-type encrypted_by --edge-type points_to --depth 2 --json'.split(' '),
      ),
    );
    const edges = encrypts.edges.map((edge) => `${edge.from} -${edge.type}-> ${edge.to}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        `${snapshot.DBClusterSnapshotArn} -encrypted_by-> ${key}`,
        ...aliases.map((alias) => `${alias.AliasArn} -points_to-> ${key}`),
      ]),
    );
  }, 60_000);

  it("answers the README's search examples as the simulator's state does", async () => {
    const volumes = demo.simulator.regions.flatMap((region) =>
      demo.simulator.state.list('volume', { account, region }),
    );
    const ninetyDaysAgo = Date.now() - 90 * 86_400_000;
    const old = volumes.filter((v) => v.Attachments.length === 0 && new Date(v.CreateTime).getTime() < ninetyDaysAgo);
    expect(old.length).toBeGreaterThan(0);
    const counted = await cli('search', 'is(volume) and age > 90d with(empty, -[attached_to]->)', '--count');
    expect(counted.stdout.trim()).toBe(String(old.length));

    const rows = parsed<{ account: string; 'data.InstanceType': string; value: number }[]>(
      await cli('search', 'is(aws_ec2_instance) | count by account, data.InstanceType', '--json'),
    );
    const instances = demo.simulator.regions.flatMap((region) =>
      demo.simulator.state.list('instance', { account, region }),
    );
    const byType = new Map<string, number>();
    for (const instance of instances) byType.set(instance.InstanceType, (byType.get(instance.InstanceType) ?? 0) + 1);
    expect(rows.map((row) => [row['data.InstanceType'], row.value]).sort()).toEqual([...byType.entries()].sort());

    const syntax = await cli('search', 'is(volume) and age >');
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain('column 21');
  }, 60_000);

  it('reports what changed in the simulator at the next sync: created, updated and deleted', async () => {
    const scope = { account, region: 'us-west-2' };
    const added = demo.simulator.state.add('instance', scope, { Tags: [{ Key: 'Name', Value: 'added-by-e2e' }] });
    const [changedInstance] = demo.simulator.state.list('instance', scope);
    if (!changedInstance) throw new Error('no instance to change');
    demo.simulator.state.update('instance', scope, changedInstance.InstanceId, {
      Tags: [...changedInstance.Tags, { Key: 'Owner', Value: 'e2e' }],
    });
    const [removedSnapshot] = demo.simulator.state.list('snapshot', scope);
    if (!removedSnapshot) throw new Error('no snapshot to remove');
    demo.simulator.state.remove('snapshot', scope, removedSnapshot.SnapshotId);

    const job = parsed<JobJson>(await cli('sync', '--json', '--poll-ms', '200'));
    expect(job.state).toBe('SUCCESS');
    const changes = parsed<{ uid: string; change: string; changed_fields: string[] }[]>(
      await cli('changes', '--sync', job.job_id, '--all', '--json'),
    );
    const changeOf = (id: string) => changes.filter((change) => change.uid.endsWith(id));
    expect(changeOf(added.InstanceId).map((change) => change.change)).toContain('CREATED');
    const update = changeOf(changedInstance.InstanceId).find((change) => change.change === 'UPDATED');
    expect(update?.changed_fields).toEqual(['tags.Owner']);
    expect(changeOf(removedSnapshot.SnapshotId).map((change) => change.change)).toEqual(['DELETED']);
  }, 180_000);

  it('says clearly, without a stack trace, that the token is wrong', async () => {
    const run = await runCliProcess(['--address', demo.apiAddress, 'summary'], { INVENTORY_API_TOKEN: 'wrong' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('refused the request');
    expect(run.stderr).toContain('INVENTORY_API_TOKEN');
    expect(run.stderr).not.toContain('wrong');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('says clearly, without a stack trace, that nothing answers at the address', async () => {
    const run = await runCliProcess(['--address', '127.0.0.1:1', 'jobs']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot reach the inventory at 127.0.0.1:1');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
