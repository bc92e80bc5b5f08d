import type { EdgeRecord, GraphStore, ResourceRecord, ScopeKey } from '../graph-store.js';
import { resource, scopeOf, sleep, type ResourceSpec } from './fixtures.js';

/**
 * The estate the search cases ask about: 44 resources of 11 kinds in two accounts and two regions, written by two
 * syncs (the second creates 2, updates 3 and deletes 2), with edges among them, chains and a cycle for depth, and
 * edges to targets that never arrive or were deleted (they never count). Resources are named by their id (unique
 * across the estate); `uidOf` gives the uid.
 */

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';
export const US = 'us-east-1';
export const EU = 'eu-west-1';

const SERVICE_GROUPS: Record<string, string> = {
  aws_ec2_instance: 'EC2',
  aws_ec2_security_group: 'EC2',
  aws_ec2_volume: 'EC2',
  aws_ec2_subnet: 'EC2',
  aws_ec2_vpc: 'EC2',
  aws_ec2_route_table: 'EC2',
  aws_elbv2_load_balancer: 'ELBv2',
  aws_elbv2_target_group: 'ELBv2',
  aws_s3_bucket: 'S3',
  aws_iam_role: 'IAM',
  aws_lambda_function: 'Lambda',
};

function make(kind: string, id: string, spec: Partial<ResourceSpec> = {}): ResourceRecord {
  return resource({ account: ACCOUNT_A, region: US, serviceGroup: SERVICE_GROUPS[kind]!, ...spec, id, kind });
}

const instance = (id: string, spec: Partial<ResourceSpec>) => make('aws_ec2_instance', id, spec);
const group = (id: string, spec: Partial<ResourceSpec>) => make('aws_ec2_security_group', id, spec);
const volume = (id: string, spec: Partial<ResourceSpec>) => make('aws_ec2_volume', id, spec);
const routeTable = (id: string, spec: Partial<ResourceSpec> = {}) => make('aws_ec2_route_table', id, spec);
const permission = (from: number, to: number, cidrs: string[], extra: Record<string, unknown> = {}) => ({
  IpProtocol: 'tcp',
  FromPort: from,
  ToPort: to,
  IpRanges: cidrs.map((CidrIp) => ({ CidrIp })),
  ...extra,
});

/** The resources as the second sync leaves them (the final state every search case asks about). */
const FINAL: ResourceRecord[] = [
  instance('i-web-1', {
    tags: { Name: 'web-1', Env: 'prod', Team: 'web' },
    type: 't3.micro',
    createdAt: '2024-01-10T08:00:00.000Z',
    updatedAt: '2024-06-01T00:00:00.000Z',
    data: {
      State: { Name: 'running', Code: 16 },
      InstanceType: 't3.micro',
      LaunchTime: '2024-01-10T08:00:00Z',
      SecurityGroups: [{ GroupId: 'sg-web' }, { GroupId: 'sg-open-ssh' }],
      EbsOptimized: false,
      Score: 7,
      CpuOptions: { CoreCount: 1, ThreadsPerCore: 2 },
    },
  }),
  instance('i-web-2', {
    tags: { Name: 'web-2', Env: 'prod', Team: 'web' },
    type: 't3.micro',
    createdAt: '2024-03-15T12:30:00.000Z',
    data: {
      State: { Name: 'running', Code: 16 },
      InstanceType: 't3.micro',
      LaunchTime: '2024-03-15T14:30:00+02:00',
      SecurityGroups: [{ GroupId: 'sg-web' }],
      EbsOptimized: true,
      Score: 12,
      CpuOptions: { CoreCount: 2, ThreadsPerCore: 2 },
    },
  }),
  instance('i-db-1', {
    tags: { Name: 'db-1', Env: 'prod', Team: 'data' },
    type: 'r5.large',
    createdAt: '2023-11-01T00:00:00.000Z',
    data: {
      State: { Name: 'stopped', Code: 80 },
      InstanceType: 'r5.large',
      LaunchTime: '2023-11-01',
      SecurityGroups: [{ GroupId: 'sg-internal' }],
      EbsOptimized: true,
      Score: '12',
      CpuOptions: { CoreCount: 4, ThreadsPerCore: 1 },
    },
  }),
  instance('i-batch-1', {
    account: ACCOUNT_B,
    tags: { Env: 'dev' },
    type: 'c5.xlarge',
    data: {
      State: { Name: 'running', Code: 16 },
      InstanceType: 'c5.xlarge',
      LaunchTime: '2024-06-01T00:00:00',
      SecurityGroups: [],
      Score: 3.5,
    },
  }),
  instance('i-eu-1', {
    region: EU,
    tags: { Name: 'eu-1', Env: 'prod', Team: 'web' },
    type: 't3.micro',
    createdAt: '2024-05-20T00:00:00.000Z',
    data: {
      State: { Name: 'pending', Code: 0 },
      InstanceType: 't3.micro',
      LaunchTime: 'soon',
      SecurityGroups: [{ GroupId: 'sg-empty' }],
      Score: null,
    },
  }),
  instance('i-new', {
    account: ACCOUNT_B,
    region: EU,
    tags: { Env: 'staging' },
    type: 't3.nano',
    createdAt: '2024-06-10T00:00:00.000Z',
    data: { State: { Name: 'running', Code: 16 }, InstanceType: 't3.nano', Score: -1 },
  }),

  group('sg-open-ssh', {
    tags: { Env: 'prod' },
    data: {
      GroupName: 'open-ssh',
      IpPermissions: [permission(22, 22, ['0.0.0.0/0']), permission(443, 443, ['10.0.0.0/8'])],
    },
  }),
  group('sg-web', {
    tags: { Env: 'prod' },
    data: {
      GroupName: 'web',
      IpPermissions: [permission(80, 80, ['0.0.0.0/0']), permission(443, 443, ['0.0.0.0/0'], { Description: 'https' })],
    },
  }),
  group('sg-internal', {
    data: { GroupName: 'internal', IpPermissions: [permission(0, 65535, ['10.0.0.0/8', '172.16.0.0/12'])] },
  }),
  group('sg-empty', { region: EU, data: { GroupName: 'empty', IpPermissions: [] } }),
  group('sg-b', { account: ACCOUNT_B, data: { GroupName: 'b', IpPermissions: { FromPort: 22, ToPort: 22 } } }),
  group('sg-ipv6', {
    account: ACCOUNT_B,
    region: EU,
    data: {
      GroupName: 'ipv6',
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      ],
    },
  }),

  volume('vol-1', {
    tags: { Env: 'prod' },
    createdAt: '2024-01-10T08:00:05.000Z',
    data: {
      Size: 8,
      VolumeType: 'gp3',
      Encrypted: true,
      CreateTime: '2024-01-10T08:00:05.000Z',
      Attachments: [{ InstanceId: 'i-web-1', State: 'attached', DeleteOnTermination: true }],
    },
  }),
  volume('vol-2', {
    tags: { Env: 'prod' },
    createdAt: '2023-06-01T00:00:00.000Z',
    data: {
      Size: 100,
      VolumeType: 'gp2',
      Encrypted: false,
      CreateTime: '2023-06-01T00:00:00Z',
      Attachments: [{ InstanceId: 'i-db-1', State: 'attached', DeleteOnTermination: false }],
    },
  }),
  volume('vol-3', {
    tags: { Env: 'dev' },
    createdAt: '2022-12-31T23:59:59.999Z',
    data: {
      Size: 500,
      VolumeType: 'io1',
      Encrypted: false,
      Iops: 3000,
      CreateTime: '2022-12-31T23:59:59.999Z',
      Attachments: [],
    },
  }),
  volume('vol-4', {
    region: EU,
    createdAt: '2024-05-20T00:00:00.000Z',
    data: {
      Size: 20,
      VolumeType: 'gp3',
      Encrypted: true,
      CreateTime: '2024-05-20T02:00:00+02:00',
      Attachments: [{ InstanceId: 'i-eu-1', State: 'attaching' }],
    },
  }),
  volume('vol-5', {
    account: ACCOUNT_B,
    data: { Size: '50', VolumeType: 'gp2', CreateTime: '2024-02-29', Attachments: [] },
  }),
  volume('vol-6', {
    account: ACCOUNT_B,
    data: {
      Size: 1,
      VolumeType: 'gp3',
      Encrypted: true,
      CreateTime: '2024-06-01T00:00:00',
      Attachments: [{ InstanceId: 'i-ghost', State: 'attached' }],
    },
  }),
  volume('vol-7', {
    tags: { Env: 'dev' },
    data: { Size: 16, VolumeType: 'standard', CreateTime: 'yesterday', Attachments: [{ InstanceId: 'i-gone' }] },
  }),
  volume('vol-8', {
    tags: { Env: 'prod', Team: 'web' },
    createdAt: '2024-04-01T00:00:00.000Z',
    data: {
      Size: 2000,
      VolumeType: 'io2',
      Encrypted: true,
      MultiAttachEnabled: true,
      CreateTime: '2024-04-01T00:00:00.000+00:00',
      Attachments: [
        { InstanceId: 'i-web-2', State: 'attached' },
        { InstanceId: 'i-web-1', State: 'attached' },
      ],
    },
  }),

  make('aws_ec2_subnet', 'subnet-a', {
    data: { CidrBlock: '10.0.1.0/24', AvailableIpAddressCount: 250, MapPublicIpOnLaunch: true },
  }),
  make('aws_ec2_subnet', 'subnet-b', {
    data: { CidrBlock: '10.0.2.0/24', AvailableIpAddressCount: 100, MapPublicIpOnLaunch: false },
  }),
  make('aws_ec2_subnet', 'subnet-eu', {
    region: EU,
    data: { CidrBlock: '10.1.1.0/24', AvailableIpAddressCount: 10, MapPublicIpOnLaunch: false },
  }),
  make('aws_ec2_vpc', 'vpc-main', { data: { CidrBlock: '10.0.0.0/16', IsDefault: false } }),
  make('aws_ec2_vpc', 'vpc-eu', { region: EU, data: { CidrBlock: '10.1.0.0/16', IsDefault: true } }),

  make('aws_elbv2_load_balancer', 'lb-web', {
    tags: { Env: 'prod', Team: 'web' },
    type: 'application',
    createdAt: '2024-02-01T00:00:00.000Z',
    data: { Scheme: 'internet-facing', DNSName: 'lb-web.example.com', AvailabilityZones: ['us-east-1a', 'us-east-1b'] },
  }),
  make('aws_elbv2_load_balancer', 'lb-empty', {
    tags: { Env: 'dev' },
    type: 'network',
    createdAt: '2024-02-02T00:00:00.000Z',
    data: { Scheme: 'internal', DNSName: 'lb-empty.example.com', AvailabilityZones: ['us-east-1a'] },
  }),
  make('aws_elbv2_load_balancer', 'lb-eu', {
    region: EU,
    type: 'application',
    data: { Scheme: 'internet-facing', DNSName: 'lb-eu.example.com', AvailabilityZones: [] },
  }),
  make('aws_elbv2_target_group', 'tg-web', { data: { Port: 80, Protocol: 'HTTP', HealthCheckEnabled: true } }),
  make('aws_elbv2_target_group', 'tg-empty', { data: { Port: 8080, Protocol: 'HTTP', HealthCheckEnabled: false } }),

  make('aws_s3_bucket', 'bucket-logs', {
    tags: { 'aws:cloudformation:stack-name': 'logs-stack', Env: 'prod' },
    createdAt: '2021-03-04T05:06:07.000Z',
    data: {
      Versioning: { Status: 'Enabled' },
      CreationDate: '2021-03-04T05:06:07Z',
      Lifecycle: null,
      SizeBytes: 1_000_000_000,
      Grants: [{ Permission: 'FULL_CONTROL' }],
      Wide: 'z',
    },
  }),
  make('aws_s3_bucket', 'bucket-unicode', {
    name: 'données-😀',
    tags: { Équipe: 'données', 'emoji😀': 'oui' },
    createdAt: '2022-02-02T02:02:02.000Z',
    data: {
      Description: 'Ünïcödé ☃ 雪 😀',
      Wide: '\uff5e',
      Emoji: '😀',
      Versioning: { Status: 'Suspended' },
      Grants: [],
    },
  }),
  make('aws_s3_bucket', 'bucket-odd', {
    account: ACCOUNT_B,
    tags: { 'a.b': 'dots', [`it's "q"`]: 'quotes', 'back`tick': 'tick', dollar$param: '$param', Env: '' },
    data: {
      'key.with.dots': 1,
      'quote"key': 'q',
      "single'key": 's',
      'space key': true,
      'back`tick': 'bt',
      $param: 'dollar',
      nested: { 'a.b': { c: 'deep' }, list: [[1, 2], [3]] },
      Grants: 'none',
      Wide: '😀',
    },
  }),

  make('aws_iam_role', 'role-admin', {
    data: {
      RoleName: 'admin',
      MaxSessionDuration: 3600,
      AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }] },
    },
  }),
  make('aws_iam_role', 'role-unused', {
    data: { RoleName: 'unused', MaxSessionDuration: 43200, AssumeRolePolicyDocument: { Statement: [] } },
  }),
  make('aws_lambda_function', 'fn-1', {
    tags: { Env: 'prod', Team: 'data' },
    data: {
      Runtime: 'nodejs20.x',
      MemorySize: 128,
      Timeout: 3,
      Layers: [],
      Environment: { Variables: { STAGE: 'prod' } },
      LastModified: '2024-05-01T10:00:00.000+0000',
    },
  }),
  make('aws_lambda_function', 'fn-2', {
    account: ACCOUNT_B,
    region: EU,
    tags: { Env: 'dev' },
    data: { Runtime: 'python3.12', MemorySize: 1024, Timeout: 30, Layers: ['arn:layer:1'] },
  }),

  routeTable('rtb-1', { data: { Hop: 1 } }),
  routeTable('rtb-2', { data: { Hop: 2 } }),
  routeTable('rtb-3', { data: { Hop: 3 } }),
  routeTable('rtb-4', { data: { Hop: 4 } }),
  routeTable('rtb-c1', { region: EU, data: { Hop: 1 } }),
  routeTable('rtb-c2', { region: EU, data: { Hop: 2 } }),
  routeTable('rtb-c3', { region: EU, data: { Hop: 3 } }),
];

const byId = new Map(FINAL.map((record) => [record.id, record]));

export function record(id: string): ResourceRecord {
  const found = byId.get(id) ?? GONE.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no fixture resource ${id}`);
  return found;
}

/** Deleted by the second sync (their scope is complete and it did not see them). */
const GONE: ResourceRecord[] = [
  instance('i-gone', { tags: { Env: 'dev' }, data: { State: { Name: 'terminated', Code: 48 } } }),
  volume('vol-gone', { account: ACCOUNT_B, region: EU, data: { Size: 5, Attachments: [] } }),
];

/** Created by the second sync. */
export const CREATED_SECOND = ['i-new', 'sg-ipv6'];
/** Updated by the second sync, in this order: each is written on its own, so the change log's order is known. */
export const UPDATED_SECOND = ['vol-8', 'i-web-2', 'i-db-1'];
export const DELETED_SECOND = ['i-gone', 'vol-gone'];

/** What the first sync wrote of the resources the second one updates. */
function firstVersion(item: ResourceRecord): ResourceRecord {
  if (item.id === 'vol-8') return { ...item, data: { ...item.data, Size: 1000 } };
  if (item.id === 'i-web-2') return { ...item, tags: { ...item.tags, Env: 'staging' } };
  if (item.id === 'i-db-1') return { ...item, data: { ...item.data, State: { Name: 'running', Code: 16 } } };
  return item;
}

export const uidOf = (id: string): string => record(id).uid;
const ghost = (kind: string, id: string) => `aws:${ACCOUNT_A}:${US}:${kind}:${id}`;
export const GHOST_UIDS = {
  instance: ghost('aws_ec2_instance', 'i-ghost'),
  targetGroup: ghost('aws_elbv2_target_group', 'tg-ghost'),
  role: ghost('aws_iam_role', 'role-ghost'),
};

const link = (from: string, type: string, to: string): EdgeRecord => ({ from: uidOf(from), type, to: uidOf(to) });

/** Edges both syncs write (each sync writes all it sees). */
const EDGES: EdgeRecord[] = [
  link('vol-1', 'attached_to', 'i-web-1'),
  link('vol-2', 'attached_to', 'i-db-1'),
  link('vol-4', 'attached_to', 'i-eu-1'),
  link('vol-8', 'attached_to', 'i-web-2'),
  link('vol-8', 'attached_to', 'i-web-1'),
  { from: uidOf('vol-6'), type: 'attached_to', to: GHOST_UIDS.instance },
  link('vol-7', 'attached_to', 'i-gone'),
  link('i-web-1', 'member_of', 'sg-web'),
  link('i-web-1', 'member_of', 'sg-open-ssh'),
  link('i-web-2', 'member_of', 'sg-web'),
  link('i-db-1', 'member_of', 'sg-internal'),
  link('i-eu-1', 'member_of', 'sg-empty'),
  link('i-batch-1', 'member_of', 'sg-b'),
  link('i-web-1', 'in_subnet', 'subnet-a'),
  link('i-web-2', 'in_subnet', 'subnet-b'),
  link('i-db-1', 'in_subnet', 'subnet-b'),
  link('i-eu-1', 'in_subnet', 'subnet-eu'),
  link('lb-web', 'in_subnet', 'subnet-a'),
  link('lb-web', 'in_subnet', 'subnet-b'),
  link('subnet-a', 'in_vpc', 'vpc-main'),
  link('subnet-b', 'in_vpc', 'vpc-main'),
  link('subnet-eu', 'in_vpc', 'vpc-eu'),
  link('lb-web', 'routes_to', 'tg-web'),
  link('lb-empty', 'routes_to', 'tg-empty'),
  { from: uidOf('lb-eu'), type: 'routes_to', to: GHOST_UIDS.targetGroup },
  link('tg-web', 'routes_to', 'i-web-1'),
  link('tg-web', 'routes_to', 'i-web-2'),
  link('fn-1', 'uses_role', 'role-admin'),
  { from: uidOf('fn-2'), type: 'uses_role', to: GHOST_UIDS.role },
  link('rtb-1', 'routes_to', 'rtb-2'),
  link('rtb-2', 'routes_to', 'rtb-3'),
  link('rtb-3', 'routes_to', 'rtb-4'),
  link('rtb-1', 'routes_to', 'rtb-3'),
  link('rtb-c1', 'routes_to', 'rtb-c2'),
  link('rtb-c2', 'routes_to', 'rtb-c3'),
  link('rtb-c3', 'routes_to', 'rtb-c1'),
];

/** Only in the first sync: the second removes it (its scope is complete and it did not see it again). */
const FIRST_ONLY_EDGES: EdgeRecord[] = [link('vol-3', 'attached_to', 'i-web-1')];

const idByUid = new Map([...FINAL, ...GONE].map((item) => [item.uid, item.id]));
/** The id of a fixture's uid, or the uid itself when no fixture has it. */
export function idOf(uid: string): string {
  return idByUid.get(uid) ?? uid;
}

/** What the first sync writes: the estate before the second sync's changes. */
export const FIRST_SYNC_RESOURCES: ResourceRecord[] = [
  ...FINAL.filter((item) => !CREATED_SECOND.includes(item.id)).map(firstVersion),
  ...GONE,
];

/** Every final resource's id, in uid order. */
export const ALL_IDS: readonly string[] = [...FINAL].sort((a, b) => (a.uid < b.uid ? -1 : 1)).map((item) => item.id);
export const FINAL_RESOURCES: readonly ResourceRecord[] = FINAL;
/** The edges whose two ends are stored at the end (the ones that count). */
export const CONNECTED_EDGES: readonly EdgeRecord[] = EDGES.filter(
  (item) => byId.has(idOf(item.from)) && byId.has(idOf(item.to)),
);

export interface SeededEstate {
  /** Before the first sync, between the two, after the second: bounds of first_seen and of the change log. */
  beforeFirst: string;
  betweenSyncs: string;
  afterSecond: string;
}

function scopesOf(records: ResourceRecord[]): ScopeKey[] {
  const scopes = new Map(records.map((item) => [JSON.stringify(scopeOf(item)), scopeOf(item)]));
  return [...scopes.values()];
}

/** Writes the estate through two syncs into an empty store. */
export async function seedSearchEstate(store: GraphStore): Promise<SeededEstate> {
  const scopes = scopesOf([...FINAL, ...GONE]);
  const beforeFirst = await instantBetween();
  await store.writeResources('sync-1', FIRST_SYNC_RESOURCES);
  await store.writeEdges('sync-1', [...EDGES, ...FIRST_ONLY_EDGES]);
  await store.finishSync('sync-1', scopes);
  const betweenSyncs = await instantBetween();
  const updated = UPDATED_SECOND.map((id) => byId.get(id)!);
  await store.writeResources(
    'sync-2',
    FINAL.filter((item) => !UPDATED_SECOND.includes(item.id)),
  );
  for (const item of updated) await store.writeResources('sync-2', [item]);
  await store.writeEdges('sync-2', EDGES);
  await store.finishSync('sync-2', scopes);
  const afterSecond = await instantBetween();
  return { beforeFirst, betweenSyncs, afterSecond };
}

/** An instant strictly after everything written so far and strictly before anything written next. */
async function instantBetween(): Promise<string> {
  await sleep(5);
  const at = new Date().toISOString();
  await sleep(5);
  return at;
}
