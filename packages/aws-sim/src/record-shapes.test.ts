import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as cloudFrontModel from '@aws-sdk/client-cloudfront';
import * as cloudtrailModel from '@aws-sdk/client-cloudtrail';
import * as ec2Model from '@aws-sdk/client-ec2';
import * as ecrModel from '@aws-sdk/client-ecr';
import * as ecsModel from '@aws-sdk/client-ecs';
import * as iamModel from '@aws-sdk/client-iam';
import { DescribeKeyPairsCommand, EC2Client } from '@aws-sdk/client-ec2';
import * as apiGatewayModel from '@aws-sdk/client-api-gateway';
import * as apiGatewayV2Model from '@aws-sdk/client-apigatewayv2';
import * as autoScalingModel from '@aws-sdk/client-auto-scaling';
import * as elbModel from '@aws-sdk/client-elastic-load-balancing';
import * as elbv2Model from '@aws-sdk/client-elastic-load-balancing-v2';
import * as route53Model from '@aws-sdk/client-route-53';
import * as rdsModel from '@aws-sdk/client-rds';
import * as s3Model from '@aws-sdk/client-s3';
import { startAwsSimulator, type AwsSimulator } from './index.js';
import { KIND_SPECS, kindSpec, recordId, type SimKind } from './kinds/index.js';
import { canonicalUserId } from './kinds/s3/bucket.js';
import { resolveCounts } from './options.js';
import { SimState } from './world/sim-state.js';
import { SimWorld } from './world/sim-world.js';

/** The SDK's static schemas: [3, ns, name, traits, memberNames, memberSchemas] structures, [1, ns, name, traits, member] lists. */
type Schema = unknown;

function resolve(ref: Schema): Schema {
  return typeof ref === 'function' ? resolve((ref as () => Schema)()) : ref;
}

/** A member entry is the member's schema, or [schema, traits]. */
function memberSchema(entry: Schema): Schema {
  const isWithTraits = Array.isArray(entry) && entry.length === 2 && typeof entry[1] === 'object';
  return resolve(isWithTraits ? (entry as unknown[])[0] : entry);
}

/** Paths of the fields of `value` that the shape does not have (typos, or fields the SDK would never show). */
function unknownFields(value: unknown, schema: Schema, path = ''): string[] {
  const shape = resolve(schema);
  if (!Array.isArray(shape) || value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (shape[0] === 1 && Array.isArray(value)) {
    return value.flatMap((item, index) => unknownFields(item, memberSchema(shape[4]), `${path}[${index}]`));
  }
  if (shape[0] !== 3) return [];
  const names = shape[4] as string[];
  const members = shape[5] as Schema[];
  return Object.entries(value).flatMap(([key, field]) => {
    const position = names.indexOf(key);
    if (position === -1) return [`${path}.${key}`];
    return unknownFields(field, memberSchema(members[position]), `${path}.${key}`);
  });
}

function schemaOf(model: object, name: string): Schema {
  const schema = (model as Record<string, Schema>)[`${name}$`];
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
}

/** The schema of one item of the output member an EC2 Describe* lists its items in. */
function describedItemSchema(operation: string, itemsMember: string): Schema {
  const output = resolve(schemaOf(ec2Model, `${operation}Result`)) as unknown[];
  const list = memberSchema((output[5] as Schema[])[(output[4] as string[]).indexOf(itemsMember)]) as unknown[];
  return memberSchema(list[4]);
}

const REGIONS = ['us-east-1', 'cn-north-1', 'us-gov-west-1'];
const ACCOUNT = '123456789012';
const world = new SimWorld(11, [ACCOUNT], REGIONS, resolveCounts('small', { address: 12 }));
const state = new SimState(world);
const scopes = REGIONS.map((region) => ({ account: ACCOUNT, region }));

function recordsOf<K extends SimKind>(kind: K) {
  return scopes.flatMap((scope) => state.list(kind, scope).map((record) => ({ scope, record })));
}

const described = KIND_SPECS.filter((spec) => spec.describe !== undefined).map((spec) => [spec.kind] as const);

describe('the shape check', () => {
  it('names the fields, nested ones too, that a shape lacks', () => {
    const record = recordsOf('instance')[0]?.record;
    const flawed = { ...record, Bogus: 1, NetworkInterfaces: [{ MacAddress: 'x', Typo: 1 }] };
    expect(unknownFields(flawed, schemaOf(ec2Model, 'Instance'))).toEqual([
      '.ReservationId',
      '.NetworkInterfaces[0].Typo',
      '.Bogus',
    ]);
  });
});

describe.each(described)('every %s record', (kind) => {
  it('has only members of the SDK shape its Describe* lists it in, its own bookkeeping aside', () => {
    const spec = kindSpec(kind);
    const declaration = spec.describe;
    if (!declaration) throw new Error('no declaration');
    const itemSchema = describedItemSchema(declaration.operation, declaration.items);
    const own = new Set<string>(spec.ownFields ?? []);
    const records = recordsOf(kind);
    expect(records.length).toBeGreaterThan(0);
    for (const { scope, record } of records) {
      const item = declaration.itemOf ? declaration.itemOf(record, scope) : record;
      const unknown = unknownFields(item, itemSchema).filter((path) => !own.has(path.slice(path.lastIndexOf('.') + 1)));
      expect({ id: recordId(kind, record), unknown }).toEqual({ id: recordId(kind, record), unknown: [] });
    }
  });
});

describe('instance records', () => {
  // The members a DescribeInstances answer of AWS carries for an instance launched with defaults in a VPC.
  const REAL_INSTANCE_MEMBERS = [
    'AmiLaunchIndex',
    'ImageId',
    'InstanceId',
    'InstanceType',
    'LaunchTime',
    'Monitoring',
    'Placement',
    'PrivateDnsName',
    'PrivateIpAddress',
    'ProductCodes',
    'PublicDnsName',
    'State',
    'StateTransitionReason',
    'SubnetId',
    'VpcId',
    'Architecture',
    'BlockDeviceMappings',
    'ClientToken',
    'EbsOptimized',
    'EnaSupport',
    'Hypervisor',
    'NetworkInterfaces',
    'RootDeviceName',
    'RootDeviceType',
    'SecurityGroups',
    'SourceDestCheck',
    'Tags',
    'VirtualizationType',
    'CpuOptions',
    'CapacityReservationSpecification',
    'HibernationOptions',
    'MetadataOptions',
    'EnclaveOptions',
    'BootMode',
    'PlatformDetails',
    'UsageOperation',
    'UsageOperationUpdateTime',
    'PrivateDnsNameOptions',
    'MaintenanceOptions',
    'CurrentInstanceBootMode',
    'NetworkPerformanceOptions',
    'Operator',
  ];

  it('carry every member a real DescribeInstances answer has', () => {
    for (const { record } of recordsOf('instance')) {
      const missing = REAL_INSTANCE_MEMBERS.filter(
        (member) => (record as Record<string, unknown>)[member] === undefined,
      );
      expect({ id: record.InstanceId, missing }).toEqual({ id: record.InstanceId, missing: [] });
      expect(record.CpuOptions.CoreCount).toBeGreaterThan(0);
      expect(record.Placement).toMatchObject({ Tenancy: 'default', GroupName: '' });
    }
    expect(recordsOf('instance').some(({ record }) => record.IamInstanceProfile?.Arn !== undefined)).toBe(true);
    expect(recordsOf('instance').some(({ record }) => record.StateReason?.Code !== undefined)).toBe(true);
  });

  it('have a primary network interface that agrees with the instance and with its elastic IP', () => {
    for (const { scope, record } of recordsOf('instance')) {
      const [eni, ...others] = record.NetworkInterfaces;
      expect(others).toEqual([]);
      expect(eni).toMatchObject({
        SubnetId: record.SubnetId,
        VpcId: record.VpcId,
        PrivateIpAddress: record.PrivateIpAddress,
        PrivateDnsName: record.PrivateDnsName,
        Groups: record.SecurityGroups,
        OwnerId: scope.account,
        Attachment: { DeviceIndex: 0, Status: 'attached', AttachTime: record.LaunchTime },
        PrivateIpAddresses: [expect.objectContaining({ Primary: true, PrivateIpAddress: record.PrivateIpAddress })],
      });
      expect(eni?.Attachment?.AttachmentId).toMatch(/^eni-attach-0[0-9a-f]{16}$/);
      expect(eni?.MacAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
      expect(eni?.Association?.PublicIp).toBe(record.PublicIpAddress);
      const address = state.list('address', scope).find((candidate) => candidate.InstanceId === record.InstanceId);
      if (address) {
        expect(address.NetworkInterfaceId).toBe(eni?.NetworkInterfaceId);
        expect(eni?.Association).toMatchObject({ IpOwnerId: scope.account, PublicIp: address.PublicIp });
      }
    }
  });

  it('name key pairs of their own scope', () => {
    for (const scope of scopes) {
      const keyNames = new Set(state.list('keyPair', scope).map((pair) => pair.KeyName));
      const instances = state.list('instance', scope);
      expect(instances.every((instance) => instance.KeyName !== undefined && keyNames.has(instance.KeyName))).toBe(
        true,
      );
    }
    const withoutKeys = new SimState(new SimWorld(11, [ACCOUNT], ['us-east-1'], resolveCounts('tiny', { keyPair: 0 })));
    const instances = withoutKeys.list('instance', { account: ACCOUNT, region: 'us-east-1' });
    expect(instances.map((instance) => instance.KeyName)).toEqual(instances.map(() => undefined));
  });
});

describe('ARNs', () => {
  it('use the partition of the region', () => {
    const partitions: Record<string, string> = {
      'us-east-1': 'aws',
      'cn-north-1': 'aws-cn',
      'us-gov-west-1': 'aws-us-gov',
    };
    for (const scope of scopes) {
      const prefix = `arn:${partitions[scope.region]}:`;
      const arns = [
        ...state.list('subnet', scope).map((subnet) => subnet.SubnetArn),
        ...state.list('securityGroup', scope).map((group) => group.SecurityGroupArn),
        ...state.list('volume', scope).flatMap((volume) => (volume.KmsKeyId ? [volume.KmsKeyId] : [])),
        ...state.list('trail', scope).flatMap((trail) => [trail.TrailARN, trail.KmsKeyId, trail.SnsTopicARN]),
        ...state.list('bucket', scope).flatMap((bucket) => [bucket.Encryption?.KMSMasterKeyID]),
        ...state.list('instance', scope).map((instance) => instance.IamInstanceProfile?.Arn),
      ].filter((arn): arn is string => arn !== undefined);
      expect(arns.length).toBeGreaterThan(4);
      expect(arns.filter((arn) => !arn.startsWith(prefix))).toEqual([]);
    }
    const added = state.add('trail', { account: ACCOUNT, region: 'cn-north-1' }, { Name: 'china-trail' });
    expect(added.TrailARN).toBe(`arn:aws-cn:cloudtrail:cn-north-1:${ACCOUNT}:trail/china-trail`);
  });
});

/** Kinds of services other than EC2, each with the SDK shape its list operation answers it in. */
const LISTED_SHAPES: [SimKind, object, string][] = [
  ['elbv2LoadBalancer', elbv2Model, 'LoadBalancer'],
  ['targetGroup', elbv2Model, 'TargetGroup'],
  ['listener', elbv2Model, 'Listener'],
  ['classicLoadBalancer', elbModel, 'LoadBalancerDescription'],
  ['autoScalingGroup', autoScalingModel, 'AutoScalingGroup'],
  ['launchConfiguration', autoScalingModel, 'LaunchConfiguration'],
  ['ecsCluster', ecsModel, 'Cluster'],
  ['ecsService', ecsModel, 'Service'],
  ['ecsTaskDefinition', ecsModel, 'TaskDefinition'],
  ['ecsTask', ecsModel, 'Task'],
  ['ecsContainerInstance', ecsModel, 'ContainerInstance'],
  ['ecrRepository', ecrModel, 'Repository'],
  ['dbInstance', rdsModel, 'DBInstance'],
  ['dbCluster', rdsModel, 'DBCluster'],
  ['dbSnapshot', rdsModel, 'DBSnapshot'],
  ['dbClusterSnapshot', rdsModel, 'DBClusterSnapshot'],
  ['cloudFrontDistribution', cloudFrontModel, 'DistributionSummary'],
  ['hostedZone', route53Model, 'HostedZone'],
  ['recordSet', route53Model, 'ResourceRecordSet'],
  ['apiGatewayRestApi', apiGatewayModel, 'RestApi'],
  ['apiGatewayV2Api', apiGatewayV2Model, 'Api'],
  ['apiGatewayV2VpcLink', apiGatewayV2Model, 'VpcLink'],
];

describe.each(LISTED_SHAPES)('every %s record', (kind, model, shape) => {
  it(`has only members of the SDK's ${shape}, its own bookkeeping aside`, () => {
    const own = new Set<string>(kindSpec(kind).ownFields ?? []);
    const records = recordsOf(kind);
    expect(records.length).toBeGreaterThan(0);
    for (const { record } of records) {
      const unknown = unknownFields(record, schemaOf(model, shape)).filter((path) => !own.has(path.slice(1)));
      expect({ id: recordId(kind, record), unknown }).toEqual({ id: recordId(kind, record), unknown: [] });
    }
  });
});

describe('API Gateway records', () => {
  it("REST APIs' resources and v2 APIs' integrations have only members of the SDK's Resource and Integration", () => {
    for (const { record } of recordsOf('apiGatewayRestApi')) {
      expect(record.Resources.length).toBeGreaterThan(1);
      for (const resource of record.Resources) {
        expect(unknownFields(resource, schemaOf(apiGatewayModel, 'Resource'))).toEqual([]);
      }
    }
    for (const { record } of recordsOf('apiGatewayV2Api')) {
      for (const integration of record.Integrations) {
        expect(unknownFields(integration, schemaOf(apiGatewayV2Model, 'Integration'))).toEqual([]);
      }
    }
  });

  it("v1 VPC links (in a world with network load balancers) have only members of the SDK's VpcLink", () => {
    const counts = resolveCounts('medium', {});
    const medium = new SimState(new SimWorld(3, [ACCOUNT], ['us-east-1'], counts));
    const links = medium.list('apiGatewayVpcLink', { account: ACCOUNT, region: 'us-east-1' });
    expect(links.length).toBeGreaterThan(0);
    for (const { Tags: _tags, ...link } of links) {
      expect(unknownFields(link, schemaOf(apiGatewayModel, 'VpcLink'))).toEqual([]);
    }
  });
});

describe('trail and bucket records', () => {
  it("trails have only members of CloudTrail's Trail, and the details some trails have", () => {
    const trails = recordsOf('trail');
    for (const { record } of trails) {
      const unknown = unknownFields(record, schemaOf(cloudtrailModel, 'Trail'));
      expect(unknown).toEqual(['.IsLogging', '.Tags']);
      expect(typeof record.HasCustomEventSelectors).toBe('boolean');
      expect(typeof record.HasInsightSelectors).toBe('boolean');
    }
    const many = new SimState(new SimWorld(3, [ACCOUNT], ['us-east-1'], resolveCounts('small', { trail: 40 })));
    const details = many.list('trail', { account: ACCOUNT, region: 'us-east-1' });
    expect(details.some((trail) => trail.CloudWatchLogsLogGroupArn !== undefined)).toBe(true);
    expect(details.some((trail) => trail.SnsTopicARN !== undefined)).toBe(true);
    expect(details.some((trail) => trail.KmsKeyId !== undefined)).toBe(true);
  });

  it('buckets carry an ACL, and some a policy and ownership controls, in the shapes of the SDK outputs', () => {
    const many = new SimState(new SimWorld(3, [ACCOUNT], ['cn-north-1'], resolveCounts('small', { bucket: 40 })));
    const buckets = many.list('bucket', { account: ACCOUNT, region: 'cn-north-1' });
    for (const bucket of buckets) {
      expect(unknownFields(bucket.Acl, schemaOf(s3Model, 'GetBucketAclOutput'))).toEqual([]);
      expect(bucket.Acl.Owner.ID).toBe(canonicalUserId(ACCOUNT));
      expect(bucket.Acl.Grants).toContainEqual({
        Grantee: { Type: 'CanonicalUser', ID: canonicalUserId(ACCOUNT), DisplayName: `account-${ACCOUNT}` },
        Permission: 'FULL_CONTROL',
      });
      if (bucket.OwnershipControls) {
        expect(unknownFields(bucket.OwnershipControls, schemaOf(s3Model, 'OwnershipControls'))).toEqual([]);
      }
      if (bucket.Policy) {
        const policy = JSON.parse(bucket.Policy) as { Statement: { Resource: string[] }[] };
        expect(policy.Statement[0]?.Resource).toEqual([
          `arn:aws-cn:s3:::${bucket.Name}`,
          `arn:aws-cn:s3:::${bucket.Name}/*`,
        ]);
      }
    }
    expect(buckets.filter((bucket) => bucket.Policy).length).toBeGreaterThan(0);
    expect(buckets.filter((bucket) => !bucket.Policy).length).toBeGreaterThan(0);
    expect(buckets.filter((bucket) => bucket.OwnershipControls).length).toBeGreaterThan(0);
    expect(buckets.filter((bucket) => !bucket.OwnershipControls).length).toBeGreaterThan(0);
  });
});

describe('DescribeKeyPairs through the SDK', () => {
  const region = 'eu-west-1';
  let sim: AwsSimulator;
  let ec2: EC2Client;

  beforeAll(async () => {
    sim = await startAwsSimulator({ size: 'small', regions: [region], accounts: 1 });
    ec2 = new EC2Client({ region, endpoint: sim.endpoint, credentials: sim.credentials, maxAttempts: 1 });
  });

  afterAll(async () => {
    ec2.destroy();
    await sim.stop();
  });

  it('lists every key pair of the scope, by id, by name and by filter, and refuses an unknown id', async () => {
    const records = sim.state.list('keyPair', { account: sim.mainAccountId, region });
    const pick = ({ KeyPairId, KeyName, KeyFingerprint, KeyType, CreateTime, Tags }: ec2Model.KeyPairInfo) => ({
      KeyPairId,
      KeyName,
      KeyFingerprint,
      KeyType,
      CreateTime,
      Tags,
    });
    const all = await ec2.send(new DescribeKeyPairsCommand({}));
    expect(all.KeyPairs?.map(pick)).toEqual(records.map(pick));
    const [first, second] = records;
    const byId = await ec2.send(new DescribeKeyPairsCommand({ KeyPairIds: [second?.KeyPairId as string] }));
    expect(byId.KeyPairs?.map((pair) => pair.KeyName)).toEqual([second?.KeyName]);
    const byName = await ec2.send(new DescribeKeyPairsCommand({ KeyNames: [first?.KeyName as string] }));
    expect(byName.KeyPairs?.map((pair) => pair.KeyPairId)).toEqual([first?.KeyPairId]);
    const byType = await ec2.send(
      new DescribeKeyPairsCommand({ Filters: [{ Name: 'key-type', Values: ['ed25519'] }] }),
    );
    expect(byType.KeyPairs?.map((pair) => pair.KeyPairId)).toEqual(
      records.filter((pair) => pair.KeyType === 'ed25519').map((pair) => pair.KeyPairId),
    );
    await expect(
      ec2.send(new DescribeKeyPairsCommand({ KeyPairIds: ['key-0123456789abcdef0'] })),
    ).rejects.toMatchObject({
      name: 'InvalidKeyPair.NotFound',
    });
    await expect(
      ec2.send(new DescribeKeyPairsCommand({ KeyNames: [first?.KeyName as string, 'no-such-key'] })),
    ).rejects.toMatchObject({ name: 'InvalidKeyPair.NotFound', message: "The key pair 'no-such-key' does not exist" });
  });
});

/** The SDK shape each IAM kind's records are served in (GetAccountAuthorizationDetails, or their own list call). */
const IAM_SHAPES: [SimKind, string][] = [
  ['iamUser', 'UserDetail'],
  ['iamGroup', 'GroupDetail'],
  ['iamRole', 'RoleDetail'],
  ['iamPolicy', 'ManagedPolicyDetail'],
  ['iamInstanceProfile', 'InstanceProfile'],
  ['iamAccessKey', 'AccessKeyMetadata'],
];

describe.each(IAM_SHAPES)('every %s record', (kind, shape) => {
  it(`has only members of IAM's ${shape}, its own bookkeeping aside, in every partition`, () => {
    const own = new Set<string>(kindSpec(kind).ownFields ?? []);
    const records = REGIONS.flatMap((region) => {
      const world = new SimWorld(11, [ACCOUNT], [region], resolveCounts('small'));
      const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
      const listed = new SimState(world).list(kind, { account: ACCOUNT, region });
      const arns = listed.flatMap((record) => ('Arn' in record ? [record.Arn] : []));
      expect(arns.filter((arn) => !arn.startsWith(`arn:${partition}:iam::`))).toEqual([]);
      return listed;
    });
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const unknown = unknownFields(record, schemaOf(iamModel, shape)).filter(
        (path) => !own.has(path.slice(path.lastIndexOf('.') + 1)),
      );
      expect({ id: recordId(kind, record), unknown }).toEqual({ id: recordId(kind, record), unknown: [] });
    }
  });
});
