import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { isCurrentRecord, recordId, startAwsSimulator, type AwsSimulator, type SimKind } from './index.js';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasAwsCli) {
  console.warn('\n!!! AWS CLI (`aws`) is not installed: SKIPPING the AWS CLI compatibility test of aws-sim !!!\n');
}
const describeWithCli = hasAwsCli ? describe : describe.skip;

let sim: AwsSimulator;

beforeAll(async () => {
  if (hasAwsCli) sim = await startAwsSimulator({ seed: 21, size: 'small' });
});

afterAll(async () => {
  if (hasAwsCli) await sim.stop();
});

/** Runs the unmodified AWS CLI against the simulator (asynchronously: the simulator shares this process). */
async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(
    'aws',
    ['--endpoint-url', sim.endpoint, '--region', 'us-east-1', '--output', 'json', ...args],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey,
        AWS_CONFIG_FILE: '/nonexistent/aws-sim-config',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-sim-credentials',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: '',
      },
      timeout: 60_000,
    },
  );
  return JSON.parse(stdout);
}

describeWithCli('the AWS CLI against the simulator, unchanged', () => {
  it('describes instances and lists buckets', async () => {
    const instances = (await aws('ec2', 'describe-instances')) as {
      Reservations: { Instances: { InstanceId: string }[] }[];
    };
    const expected = sim.state
      .list('instance', { account: sim.mainAccountId, region: 'us-east-1' })
      .map((i) => i.InstanceId);
    expect(instances.Reservations.flatMap((r) => r.Instances.map((i) => i.InstanceId))).toEqual(expected);

    const buckets = (await aws('s3api', 'list-buckets')) as { Buckets: { Name: string }[] };
    const expectedBuckets = sim.regions
      .flatMap((region) => sim.state.list('bucket', { account: sim.mainAccountId, region }))
      .map((b) => b.Name)
      .sort();
    expect(buckets.Buckets.map((b) => b.Name)).toEqual(expectedBuckets);
  });

  it('reads a bucket location, trails and the caller identity', async () => {
    const bucket = sim.state.list('bucket', { account: sim.mainAccountId, region: 'eu-west-1' })[0];
    expect(await aws('s3api', 'get-bucket-location', '--bucket', bucket?.Name as string)).toEqual({
      LocationConstraint: 'eu-west-1',
    });
    const trails = (await aws('cloudtrail', 'describe-trails')) as { trailList: { HomeRegion: string }[] };
    expect(trails.trailList.length).toBeGreaterThan(0);
    expect(await aws('sts', 'get-caller-identity')).toMatchObject({ Account: sim.mainAccountId });
  });
});

/**
 * One kind as the AWS CLI lists it: the command (with the parent it is listed under, where it is a child), and
 * where the ids sit in its JSON. The CLI pages through everything itself (its own pagination, unchanged).
 */
interface CliListing {
  kind: SimKind;
  command(sim: AwsSimulator): string[];
  /** The ids in the CLI's JSON answer. */
  idsOf(output: Record<string, unknown>): unknown[];
  /** The ids it must show, when not every record of the kind in the main account's us-east-1. */
  expected?(sim: AwsSimulator): string[];
}

/** Every kind of a service the CLI speaks, besides those tested above. A new kind adds its line. */
const CLI_LISTINGS: CliListing[] = [
  {
    kind: 'keyPair',
    command: () => ['ec2', 'describe-key-pairs'],
    idsOf: (output) => (output.KeyPairs as { KeyPairId: string }[]).map((k) => k.KeyPairId),
  },
  {
    kind: 'dbInstance',
    command: () => ['rds', 'describe-db-instances'],
    idsOf: (output) => (output.DBInstances as { DBInstanceIdentifier: string }[]).map((d) => d.DBInstanceIdentifier),
  },
  {
    kind: 'dbCluster',
    command: () => ['rds', 'describe-db-clusters'],
    idsOf: (output) => (output.DBClusters as { DBClusterIdentifier: string }[]).map((d) => d.DBClusterIdentifier),
  },
  {
    kind: 'dbSubnetGroup',
    command: () => ['rds', 'describe-db-subnet-groups'],
    idsOf: (output) => (output.DBSubnetGroups as { DBSubnetGroupName: string }[]).map((d) => d.DBSubnetGroupName),
  },
  {
    kind: 'dbSnapshot',
    command: () => ['rds', 'describe-db-snapshots', '--snapshot-type', 'manual'],
    idsOf: (output) => (output.DBSnapshots as { DBSnapshotIdentifier: string }[]).map((d) => d.DBSnapshotIdentifier),
    expected: (sim) => currentIds(sim, 'dbSnapshot'),
  },
  {
    kind: 'snsTopic',
    command: () => ['sns', 'list-topics'],
    idsOf: (output) => (output.Topics as { TopicArn: string }[]).map((t) => t.TopicArn),
    expected: (sim) =>
      sim.state.list('snsTopic', { account: sim.mainAccountId, region: 'us-east-1' }).map((t) => t.TopicArn),
  },
  {
    kind: 'snsSubscription',
    command: () => ['sns', 'list-subscriptions'],
    idsOf: (output) => (output.Subscriptions as { SubscriptionArn: string }[]).map((s) => s.SubscriptionArn),
  },
  {
    kind: 'cacheCluster',
    command: () => ['elasticache', 'describe-cache-clusters', '--show-cache-node-info'],
    idsOf: (output) => (output.CacheClusters as { CacheClusterId: string }[]).map((c) => c.CacheClusterId),
  },
  {
    kind: 'replicationGroup',
    command: () => ['elasticache', 'describe-replication-groups'],
    idsOf: (output) => (output.ReplicationGroups as { ReplicationGroupId: string }[]).map((g) => g.ReplicationGroupId),
  },
  {
    kind: 'stack',
    command: () => ['cloudformation', 'describe-stacks'],
    idsOf: (output) => (output.Stacks as { StackName: string }[]).map((s) => s.StackName),
    expected: (sim) => currentIds(sim, 'stack'),
  },
];

/** The current records of a kind (manual snapshots, not automated ones) in the main account's us-east-1. */
function currentIds(sim: AwsSimulator, kind: SimKind): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region: 'us-east-1' })
    .filter((record) => isCurrentRecord(kind, record))
    .map((record) => recordId(kind, record as never));
}

function mainRegionIds(sim: AwsSimulator, kind: SimKind): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region: 'us-east-1' })
    .map((record) => recordId(kind, record as never));
}

describeWithCli('the AWS CLI lists every kind', () => {
  it.each(CLI_LISTINGS.map((listing) => [listing.kind, listing] as const))('%s', async (_kind, listing) => {
    const output = (await aws(...listing.command(sim))) as Record<string, unknown>;
    const expected = listing.expected ? listing.expected(sim) : mainRegionIds(sim, listing.kind);
    expect(expected.length).toBeGreaterThan(0);
    expect(listing.idsOf(output).map(String).sort()).toEqual([...expected].sort());
  });
});
