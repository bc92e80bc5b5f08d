import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import {
  isCurrentRecord,
  recordId,
  startAwsSimulator,
  type AwsSimulator,
  type SimKind,
  type SimRecordByKind,
} from './index.js';

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

  it("lists the organization's accounts, paging through them itself", async () => {
    const listed = (await aws('organizations', 'list-accounts', '--page-size', '1')) as {
      Accounts: { Id: string; Status: string; JoinedTimestamp: number }[];
    };
    expect(listed.Accounts.map((account) => account.Id)).toEqual(sim.accounts.map((account) => account.id));
    expect(listed.Accounts[0]).toMatchObject({ Status: 'ACTIVE', JoinedTimestamp: expect.any(Number) });
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
    kind: 'networkInterface',
    command: () => ['ec2', 'describe-network-interfaces'],
    idsOf: (output) => (output.NetworkInterfaces as { NetworkInterfaceId: string }[]).map((e) => e.NetworkInterfaceId),
  },
  {
    kind: 'natGateway',
    command: () => ['ec2', 'describe-nat-gateways'],
    idsOf: (output) => (output.NatGateways as { NatGatewayId: string }[]).map((g) => g.NatGatewayId),
  },
  {
    kind: 'internetGateway',
    command: () => ['ec2', 'describe-internet-gateways'],
    idsOf: (output) => (output.InternetGateways as { InternetGatewayId: string }[]).map((g) => g.InternetGatewayId),
  },
  {
    kind: 'routeTable',
    command: () => ['ec2', 'describe-route-tables'],
    idsOf: (output) => (output.RouteTables as { RouteTableId: string }[]).map((t) => t.RouteTableId),
  },
  {
    kind: 'networkAcl',
    command: () => ['ec2', 'describe-network-acls'],
    idsOf: (output) => (output.NetworkAcls as { NetworkAclId: string }[]).map((a) => a.NetworkAclId),
  },
  {
    kind: 'vpcEndpoint',
    command: () => ['ec2', 'describe-vpc-endpoints'],
    idsOf: (output) => (output.VpcEndpoints as { VpcEndpointId: string }[]).map((e) => e.VpcEndpointId),
  },
  {
    kind: 'vpcPeeringConnection',
    command: () => ['ec2', 'describe-vpc-peering-connections'],
    idsOf: (output) =>
      (output.VpcPeeringConnections as { VpcPeeringConnectionId: string }[]).map((p) => p.VpcPeeringConnectionId),
  },
  {
    kind: 'transitGateway',
    command: () => ['ec2', 'describe-transit-gateways'],
    idsOf: (output) => (output.TransitGateways as { TransitGatewayId: string }[]).map((t) => t.TransitGatewayId),
  },
  {
    kind: 'transitGatewayAttachment',
    command: () => ['ec2', 'describe-transit-gateway-attachments'],
    idsOf: (output) => attachmentIds(output.TransitGatewayAttachments),
  },
  {
    kind: 'transitGatewayAttachment',
    command: () => ['ec2', 'describe-transit-gateway-vpc-attachments'],
    idsOf: (output) => attachmentIds(output.TransitGatewayVpcAttachments),
    expected: (sim) =>
      sim.state
        .list('transitGatewayAttachment', { account: sim.mainAccountId, region: 'us-east-1' })
        .filter((a) => a.ResourceType === 'vpc')
        .map((a) => a.TransitGatewayAttachmentId),
  },
  {
    kind: 'launchTemplate',
    command: () => ['ec2', 'describe-launch-templates'],
    idsOf: (output) => (output.LaunchTemplates as { LaunchTemplateId: string }[]).map((t) => t.LaunchTemplateId),
  },
  {
    kind: 'launchTemplate',
    command: () => ['ec2', 'describe-launch-template-versions', '--versions', '$Default'],
    idsOf: (output) => (output.LaunchTemplateVersions as { LaunchTemplateId: string }[]).map((v) => v.LaunchTemplateId),
  },
  {
    kind: 'flowLog',
    command: () => ['ec2', 'describe-flow-logs'],
    idsOf: (output) => (output.FlowLogs as { FlowLogId: string }[]).map((f) => f.FlowLogId),
  },
  { kind: 'ecsCluster', command: () => ['ecs', 'list-clusters'], idsOf: (output) => output.clusterArns as string[] },
  {
    kind: 'ecsService',
    command: (sim) => ['ecs', 'list-services', '--cluster', firstCluster(sim)],
    idsOf: (output) => output.serviceArns as string[],
    expected: (sim) => inFirstCluster(sim, 'ecsService'),
  },
  {
    kind: 'ecsTaskDefinition',
    command: () => ['ecs', 'list-task-definitions'],
    idsOf: (output) => output.taskDefinitionArns as string[],
    expected: (sim) => currentIds(sim, 'ecsTaskDefinition'),
  },
  {
    kind: 'ecsTask',
    command: (sim) => ['ecs', 'list-tasks', '--cluster', firstCluster(sim)],
    idsOf: (output) => output.taskArns as string[],
    expected: (sim) => inFirstCluster(sim, 'ecsTask'),
  },
  {
    kind: 'ecsContainerInstance',
    command: (sim) => ['ecs', 'list-container-instances', '--cluster', firstCluster(sim)],
    idsOf: (output) => output.containerInstanceArns as string[],
    expected: (sim) => inFirstCluster(sim, 'ecsContainerInstance'),
  },
  {
    kind: 'ecrRepository',
    command: () => ['ecr', 'describe-repositories'],
    idsOf: (output) => (output.repositories as { repositoryName: string }[]).map((r) => r.repositoryName),
  },
  {
    kind: 'lambdaFunction',
    command: () => ['lambda', 'list-functions'],
    idsOf: (output) => (output.Functions as { FunctionName: string }[]).map((f) => f.FunctionName),
  },
  {
    kind: 'apiGatewayRestApi',
    command: () => ['apigateway', 'get-rest-apis'],
    idsOf: (output) => (output.items as { id: string }[]).map((api) => api.id),
  },
  {
    kind: 'apiGatewayV2Api',
    command: () => ['apigatewayv2', 'get-apis'],
    idsOf: (output) => (output.Items as { ApiId: string }[]).map((api) => api.ApiId),
  },
  {
    kind: 'apiGatewayV2VpcLink',
    command: () => ['apigatewayv2', 'get-vpc-links'],
    idsOf: (output) => (output.Items as { VpcLinkId: string }[]).map((link) => link.VpcLinkId),
  },
  {
    kind: 'eksCluster',
    command: () => ['eks', 'list-clusters'],
    idsOf: (output) => output.clusters as string[],
  },
  {
    kind: 'eksNodegroup',
    command: (sim) => ['eks', 'list-nodegroups', '--cluster-name', firstId(sim, 'eksCluster')],
    idsOf: (output) => output.nodegroups as string[],
    expected: (sim) => childIds(sim, 'eksNodegroup', (n) => n.clusterName === firstId(sim, 'eksCluster')),
  },
  {
    kind: 'efsFileSystem',
    command: () => ['efs', 'describe-file-systems'],
    idsOf: (output) => (output.FileSystems as { FileSystemId: string }[]).map((f) => f.FileSystemId),
  },
  {
    kind: 'efsMountTarget',
    command: (sim) => ['efs', 'describe-mount-targets', '--file-system-id', firstId(sim, 'efsFileSystem')],
    idsOf: (output) => (output.MountTargets as { MountTargetId: string }[]).map((m) => m.MountTargetId),
    expected: (sim) => childIds(sim, 'efsMountTarget', (m) => m.FileSystemId === firstId(sim, 'efsFileSystem')),
  },
  {
    kind: 'efsAccessPoint',
    command: () => ['efs', 'describe-access-points'],
    idsOf: (output) => (output.AccessPoints as { AccessPointId: string }[]).map((a) => a.AccessPointId),
  },
  {
    kind: 'iamUser',
    command: () => ['iam', 'list-users'],
    idsOf: (output) => (output.Users as { UserName: string }[]).map((u) => u.UserName),
  },
  {
    kind: 'iamGroup',
    command: () => ['iam', 'list-groups'],
    idsOf: (output) => (output.Groups as { GroupName: string }[]).map((g) => g.GroupName),
  },
  {
    kind: 'iamRole',
    command: () => ['iam', 'list-roles'],
    idsOf: (output) => (output.Roles as { RoleName: string }[]).map((r) => r.RoleName),
  },
  {
    kind: 'iamPolicy',
    command: () => ['iam', 'list-policies', '--scope', 'Local'],
    idsOf: (output) => (output.Policies as { Arn: string }[]).map((p) => p.Arn),
    expected: (sim) => mainRegionIds(sim, 'iamPolicy').filter((arn) => !arn.includes(':iam::aws:')),
  },
  {
    kind: 'iamInstanceProfile',
    command: () => ['iam', 'list-instance-profiles'],
    idsOf: (output) => (output.InstanceProfiles as { InstanceProfileName: string }[]).map((p) => p.InstanceProfileName),
  },
  {
    kind: 'iamAccessKey',
    command: (sim) => ['iam', 'list-access-keys', '--user-name', firstKeyOwner(sim)],
    idsOf: (output) => (output.AccessKeyMetadata as { AccessKeyId: string }[]).map((k) => k.AccessKeyId),
    expected: (sim) =>
      sim.state
        .list('iamAccessKey', { account: sim.mainAccountId, region: 'us-east-1' })
        .filter((key) => key.UserName === firstKeyOwner(sim))
        .map((key) => key.AccessKeyId),
  },
  {
    kind: 'elbv2LoadBalancer',
    command: () => ['elbv2', 'describe-load-balancers'],
    idsOf: (output) => (output.LoadBalancers as { LoadBalancerArn: string }[]).map((lb) => lb.LoadBalancerArn),
  },
  {
    kind: 'targetGroup',
    command: () => ['elbv2', 'describe-target-groups'],
    idsOf: (output) => (output.TargetGroups as { TargetGroupArn: string }[]).map((g) => g.TargetGroupArn),
  },
  {
    kind: 'listener',
    command: (sim) => ['elbv2', 'describe-listeners', '--load-balancer-arn', firstLoadBalancerArn(sim)],
    idsOf: (output) => (output.Listeners as { ListenerArn: string }[]).map((l) => l.ListenerArn),
    expected: (sim) =>
      sim.state
        .list('listener', { account: sim.mainAccountId, region: 'us-east-1' })
        .filter((listener) => listener.LoadBalancerArn === firstLoadBalancerArn(sim))
        .map((listener) => listener.ListenerArn),
  },
  {
    kind: 'classicLoadBalancer',
    command: () => ['elb', 'describe-load-balancers'],
    idsOf: (output) =>
      (output.LoadBalancerDescriptions as { LoadBalancerName: string }[]).map((lb) => lb.LoadBalancerName),
  },
  {
    kind: 'autoScalingGroup',
    command: () => ['autoscaling', 'describe-auto-scaling-groups', '--page-size', '1'],
    idsOf: (output) =>
      (output.AutoScalingGroups as { AutoScalingGroupName: string }[]).map((g) => g.AutoScalingGroupName),
  },
  {
    kind: 'launchConfiguration',
    command: () => ['autoscaling', 'describe-launch-configurations'],
    idsOf: (output) =>
      (output.LaunchConfigurations as { LaunchConfigurationName: string }[]).map((c) => c.LaunchConfigurationName),
  },
  {
    kind: 'kmsKey',
    command: () => ['kms', 'list-keys'],
    idsOf: (output) => (output.Keys as { KeyId: string }[]).map((k) => k.KeyId),
  },
  {
    // the AWS managed aliases of services not used yet too: the CLI shows every alias ListAliases returns
    kind: 'kmsAlias',
    command: () => ['kms', 'list-aliases'],
    idsOf: (output) => (output.Aliases as { AliasName: string }[]).map((a) => a.AliasName),
  },
  {
    kind: 'logGroup',
    command: () => ['logs', 'describe-log-groups'],
    idsOf: (output) => (output.logGroups as { logGroupName: string }[]).map((g) => g.logGroupName),
  },
  {
    kind: 'sqsQueue',
    command: () => ['sqs', 'list-queues'],
    idsOf: (output) => (output.QueueUrls as string[]).map((url) => url.slice(url.lastIndexOf('/') + 1)),
  },
  {
    kind: 'dynamoDbTable',
    command: () => ['dynamodb', 'list-tables'],
    idsOf: (output) => output.TableNames as string[],
  },
  {
    // secrets scheduled for deletion show only with --include-planned-deletion
    kind: 'secret',
    command: () => ['secretsmanager', 'list-secrets'],
    idsOf: (output) => (output.SecretList as { Name: string }[]).map((s) => s.Name),
    expected: (sim) =>
      sim.state
        .list('secret', { account: sim.mainAccountId, region: 'us-east-1' })
        .filter((secret) => secret.DeletedDate === undefined)
        .map((secret) => secret.Name),
  },
  {
    // without --includes keyTypes=... the CLI shows the RSA_1024 and RSA_2048 certificates only, as AWS does
    kind: 'certificate',
    command: () => ['acm', 'list-certificates'],
    idsOf: (output) =>
      (output.CertificateSummaryList as { CertificateArn: string }[]).map((c) => c.CertificateArn.split('/').pop()),
    expected: (sim) =>
      sim.state
        .list('certificate', { account: sim.mainAccountId, region: 'us-east-1' })
        .filter((certificate) => certificate.KeyAlgorithm.startsWith('RSA_'))
        .map((certificate) => certificate.CertificateId),
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
    kind: 'dbClusterSnapshot',
    command: () => ['rds', 'describe-db-cluster-snapshots', '--snapshot-type', 'manual'],
    idsOf: (output) =>
      (output.DBClusterSnapshots as { DBClusterSnapshotIdentifier: string }[]).map(
        (d) => d.DBClusterSnapshotIdentifier,
      ),
    expected: (sim) => currentIds(sim, 'dbClusterSnapshot'),
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
  {
    kind: 'metricAlarm',
    command: () => ['cloudwatch', 'describe-alarms', '--alarm-types', 'MetricAlarm'],
    idsOf: (output) => (output.MetricAlarms as { AlarmName: string }[]).map((a) => a.AlarmName),
  },
  {
    kind: 'compositeAlarm',
    command: () => ['cloudwatch', 'describe-alarms', '--alarm-types', 'CompositeAlarm'],
    idsOf: (output) => (output.CompositeAlarms as { AlarmName: string }[]).map((a) => a.AlarmName),
  },
  {
    kind: 'cloudFrontDistribution',
    // pages of two: the CLI follows NextMarker itself
    command: () => ['cloudfront', 'list-distributions', '--page-size', '2'],
    idsOf: (output) => ((output.DistributionList as { Items?: { Id: string }[] }).Items ?? []).map((d) => d.Id),
  },
  {
    kind: 'hostedZone',
    command: () => ['route53', 'list-hosted-zones', '--page-size', '2'],
    idsOf: (output) => (output.HostedZones as { Id: string }[]).map((z) => z.Id.replace('/hostedzone/', '')),
  },
  {
    kind: 'recordSet',
    command: (sim) => [
      'route53',
      'list-resource-record-sets',
      '--hosted-zone-id',
      firstId(sim, 'hostedZone'),
      '--page-size',
      '5',
    ],
    idsOf: (output) =>
      (output.ResourceRecordSets as { Name: string; Type: string; SetIdentifier?: string }[]).map(
        (r) => `${r.Name.replace(/\.$/, '')}/${r.Type}${r.SetIdentifier === undefined ? '' : `/${r.SetIdentifier}`}`,
      ),
    expected: (sim) =>
      childIds(sim, 'recordSet', (r) => r.HostedZoneId === firstId(sim, 'hostedZone')).map(
        (key) => key.split('/recordset/')[1] as string,
      ),
  },
];

function attachmentIds(list: unknown): string[] {
  return (list as { TransitGatewayAttachmentId: string }[]).map((a) => a.TransitGatewayAttachmentId);
}

function firstCluster(sim: AwsSimulator): string {
  return mainRegionIds(sim, 'ecsCluster')[0] as string;
}

/** The current records (running tasks, ACTIVE revisions) of a kind in the main account's us-east-1. */
function currentIds(sim: AwsSimulator, kind: SimKind): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region: 'us-east-1' })
    .filter((record) => isCurrentRecord(kind, record as never))
    .map((record) => recordId(kind, record as never));
}

/** ECS lists services, tasks and container instances per cluster; their ARNs name it (`task/<cluster>/<id>`). */
function inFirstCluster(sim: AwsSimulator, kind: SimKind): string[] {
  const clusterName = firstCluster(sim).split('/')[1];
  return currentIds(sim, kind).filter((arn) => arn.split('/')[1] === clusterName);
}

/** The id of the first record of a kind in the main account's us-east-1 (the parent a child listing names). */
function firstId(sim: AwsSimulator, kind: SimKind): string {
  return mainRegionIds(sim, kind)[0] as string;
}

/** The ids of a child kind's records under one parent in the main account's us-east-1. */
function childIds<K extends SimKind>(
  sim: AwsSimulator,
  kind: K,
  isChild: (record: SimRecordByKind[K]) => boolean,
): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region: 'us-east-1' })
    .filter(isChild)
    .map((record) => recordId(kind, record));
}

/** IAM lists access keys per user: the owner of the account's first key. */
function firstKeyOwner(sim: AwsSimulator): string {
  const [key] = sim.state.list('iamAccessKey', { account: sim.mainAccountId, region: 'us-east-1' });
  return key?.UserName ?? '';
}

function firstLoadBalancerArn(sim: AwsSimulator): string {
  const [first] = sim.state.list('elbv2LoadBalancer', { account: sim.mainAccountId, region: 'us-east-1' });
  return first?.LoadBalancerArn ?? '';
}

function mainRegionIds(sim: AwsSimulator, kind: SimKind): string[] {
  return sim.state
    .list(kind, { account: sim.mainAccountId, region: 'us-east-1' })
    .map((record) => recordId(kind, record as never));
}

describeWithCli('the AWS CLI lists every kind', () => {
  // concurrently: each row is a CLI process of its own, mostly the Python interpreter starting
  it.concurrent.each(CLI_LISTINGS.map((listing) => [listing.kind, listing] as const))('%s', async (_kind, listing) => {
    const output = (await aws(...listing.command(sim))) as Record<string, unknown>;
    const expected = listing.expected ? listing.expected(sim) : mainRegionIds(sim, listing.kind);
    expect(expected.length).toBeGreaterThan(0);
    expect(listing.idsOf(output).map(String).sort()).toEqual([...expected].sort());
  });
});
