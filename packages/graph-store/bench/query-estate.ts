import type { EdgeRecord, ResourceRecord, ScopeKey } from '../src/index.js';

/**
 * The query benchmark's estate: AWS-shaped resources and edges, deterministic (the same estate for a size on every
 * run and store), generated a batch at a time so that a million resources never sit in memory at once.
 *
 * Accounts x regions form 12 cells; a resource's cell is its index within its kind modulo 12 and every edge stays in
 * its cell (an instance's subnet, security groups and VPC are in its account and region). Kind counts are multiples
 * of 12 so that `sameCell` can pick any target of a kind in the source's cell.
 */

const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
const CELLS = ACCOUNTS.length * REGIONS.length;
const DAY_MS = 86_400_000;

export const ESTATE_ACCOUNTS = ACCOUNTS;
export const ESTATE_REGIONS = REGIONS;

interface KindSpec {
  kind: string;
  serviceGroup: string;
  /** Percent of the estate. */
  share: number;
}

const KIND_SPECS = [
  { kind: 'aws_ec2_vpc', serviceGroup: 'EC2', share: 0.3 },
  { kind: 'aws_ec2_subnet', serviceGroup: 'EC2', share: 1.5 },
  { kind: 'aws_ec2_route_table', serviceGroup: 'EC2', share: 0.7 },
  { kind: 'aws_ec2_security_group', serviceGroup: 'EC2', share: 3.5 },
  { kind: 'aws_ec2_instance', serviceGroup: 'EC2', share: 30 },
  { kind: 'aws_ec2_volume', serviceGroup: 'EC2', share: 36 },
  { kind: 'aws_ec2_snapshot', serviceGroup: 'EC2', share: 10 },
  { kind: 'aws_elbv2_load_balancer', serviceGroup: 'ELB', share: 2 },
  { kind: 'aws_elbv2_listener', serviceGroup: 'ELB', share: 3 },
  { kind: 'aws_elbv2_target_group', serviceGroup: 'ELB', share: 3 },
  { kind: 'aws_s3_bucket', serviceGroup: 'S3', share: 2 },
  { kind: 'aws_iam_role', serviceGroup: 'IAM', share: 8 },
] as const satisfies readonly KindSpec[];

export type EstateKind = (typeof KIND_SPECS)[number]['kind'];

const INSTANCE_TYPES = ['t3.micro', 't3.small', 't3.medium', 'm5.large', 'm5.xlarge', 'c5.large', 'r5.large'];
const ROLES = ['web', 'api', 'worker', 'db', 'batch', 'cache'];
const ID_PREFIX: Record<EstateKind, string> = {
  aws_ec2_vpc: 'vpc-',
  aws_ec2_subnet: 'subnet-',
  aws_ec2_route_table: 'rtb-',
  aws_ec2_security_group: 'sg-',
  aws_ec2_instance: 'i-',
  aws_ec2_volume: 'vol-',
  aws_ec2_snapshot: 'snap-',
  aws_elbv2_load_balancer: 'app/lb-',
  aws_elbv2_listener: 'listener/app/lb-',
  aws_elbv2_target_group: 'tg-',
  aws_s3_bucket: 'bucket-',
  aws_iam_role: 'role-',
};
const ARN_PATH: Record<EstateKind, string> = {
  aws_ec2_vpc: 'ec2:vpc/',
  aws_ec2_subnet: 'ec2:subnet/',
  aws_ec2_route_table: 'ec2:route-table/',
  aws_ec2_security_group: 'ec2:security-group/',
  aws_ec2_instance: 'ec2:instance/',
  aws_ec2_volume: 'ec2:volume/',
  aws_ec2_snapshot: 'ec2:snapshot/',
  aws_elbv2_load_balancer: 'elasticloadbalancing:loadbalancer/',
  aws_elbv2_listener: 'elasticloadbalancing:',
  aws_elbv2_target_group: 'elasticloadbalancing:targetgroup/',
  aws_s3_bucket: 's3:',
  aws_iam_role: 'iam:role/',
};

/** A 32-bit mix of a kind and an index: the estate's only source of variety. */
function hash(kindIndex: number, index: number, salt = 0): number {
  let h = Math.imul(index + 0x9e3779b9 * (kindIndex + 1), 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Estate {
  readonly counts: Record<EstateKind, number>;
  readonly total: number;

  constructor(
    size: number,
    /** created_at lies over the two years before this instant. */
    readonly now: Date,
  ) {
    const counts = {} as Record<EstateKind, number>;
    for (const spec of KIND_SPECS) {
      counts[spec.kind] = Math.max(CELLS, Math.round((size * spec.share) / 100 / CELLS) * CELLS);
    }
    this.counts = counts;
    this.total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  /** The uid of a kind's index-th resource. */
  uid(kind: EstateKind, index: number): string {
    const { account, region } = this.cell(index);
    const [service, path] = ARN_PATH[kind].split(':') as [string, string];
    const location = kind === 'aws_s3_bucket' ? ':' : kind === 'aws_iam_role' ? `:${account}` : `${region}:${account}`;
    return `arn:aws:${service}:${location}:${path}${this.id(kind, index)}`;
  }

  /** Resources in batches of `batchSize`, kind after kind. */
  *resourceBatches(batchSize: number): Generator<ResourceRecord[]> {
    let batch: ResourceRecord[] = [];
    for (const [kindIndex, spec] of KIND_SPECS.entries()) {
      for (let index = 0; index < this.counts[spec.kind]; index++) {
        batch.push(this.resource(kindIndex, spec, index));
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  *edgeBatches(batchSize: number): Generator<EdgeRecord[]> {
    let batch: EdgeRecord[] = [];
    for (const [kindIndex, spec] of KIND_SPECS.entries()) {
      for (let index = 0; index < this.counts[spec.kind]; index++) {
        const from = this.uid(spec.kind, index);
        const seen = new Set<string>();
        for (const [type, toKind, toIndex] of this.edgesOf(kindIndex, spec.kind, index)) {
          const to = this.uid(toKind, toIndex);
          if (seen.has(`${type} ${to}`)) continue;
          seen.add(`${type} ${to}`);
          batch.push({ from, type, to, toKind });
        }
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  scopes(): ScopeKey[] {
    return ACCOUNTS.flatMap((account) =>
      REGIONS.flatMap((region) =>
        KIND_SPECS.map(({ kind, serviceGroup }) => ({ cloud: 'aws', account, region, serviceGroup, kind })),
      ),
    );
  }

  /** The resource as written, for the change phase (which rewrites some with new data). */
  resourceOf(kind: EstateKind, index: number): ResourceRecord {
    const kindIndex = KIND_SPECS.findIndex((spec) => spec.kind === kind);
    return this.resource(kindIndex, KIND_SPECS[kindIndex]!, index);
  }

  private cell(index: number): { account: string; region: string } {
    const cell = index % CELLS;
    return { account: ACCOUNTS[cell % ACCOUNTS.length]!, region: REGIONS[Math.floor(cell / ACCOUNTS.length)]! };
  }

  private id(kind: EstateKind, index: number): string {
    return `${ID_PREFIX[kind]}${index.toString(16).padStart(kind === 'aws_ec2_instance' ? 17 : 12, '0')}`;
  }

  /** An index of `kind` in the same cell as `index`, chosen by `pick`. */
  private sameCell(index: number, pick: number, kind: EstateKind): number {
    return (index % CELLS) + CELLS * (pick % (this.counts[kind] / CELLS));
  }

  private name(kindIndex: number, kind: EstateKind, index: number): string {
    if (kind !== 'aws_ec2_instance') return `${kind.split('_').at(-1)}-${index}`;
    const role = ROLES[hash(kindIndex, index, 1) % ROLES.length]!;
    return `${role}-${String(index).padStart(6, '0')}-${this.environment(kindIndex, index)}`;
  }

  private environment(kindIndex: number, index: number): string {
    const roll = hash(kindIndex, index, 2) % 10;
    return roll < 2 ? 'prod' : roll < 4 ? 'staging' : 'dev';
  }

  private resource(kindIndex: number, spec: KindSpec, index: number): ResourceRecord {
    const kind = spec.kind as EstateKind;
    const { account, region } = this.cell(index);
    const createdAt = new Date(this.now.getTime() - (hash(kindIndex, index, 3) % ((730 * DAY_MS) / 1000)) * 1000);
    const name = this.name(kindIndex, kind, index);
    const type = this.typeOf(kindIndex, kind, index);
    return {
      uid: this.uid(kind, index),
      id: this.id(kind, index),
      kind,
      name,
      tags: {
        Name: name,
        Environment: this.environment(kindIndex, index),
        team: `team-${hash(kindIndex, index, 4) % 20}`,
      },
      createdAt: createdAt.toISOString(),
      cloud: 'aws',
      account,
      region,
      serviceGroup: spec.serviceGroup,
      ...(type === undefined ? {} : { type }),
      data: this.dataOf(kindIndex, kind, index, createdAt),
    };
  }

  private typeOf(kindIndex: number, kind: EstateKind, index: number): string | undefined {
    if (kind === 'aws_ec2_instance') return INSTANCE_TYPES[hash(kindIndex, index, 5) % INSTANCE_TYPES.length];
    if (kind === 'aws_ec2_volume') return ['gp3', 'gp2', 'io1', 'st1'][hash(kindIndex, index, 5) % 4];
    if (kind === 'aws_elbv2_load_balancer') return hash(kindIndex, index, 5) % 4 === 0 ? 'network' : 'application';
    return undefined;
  }

  private dataOf(kindIndex: number, kind: EstateKind, index: number, createdAt: Date): Record<string, unknown> {
    const h = (salt: number) => hash(kindIndex, index, salt);
    const { region } = this.cell(index);
    const zone = `${region}${'abc'[h(6) % 3]}`;
    switch (kind) {
      case 'aws_ec2_vpc':
        return { VpcId: this.id(kind, index), CidrBlock: `10.${index % 256}.0.0/16`, IsDefault: index < CELLS };
      case 'aws_ec2_subnet':
        return {
          SubnetId: this.id(kind, index),
          VpcId: this.id('aws_ec2_vpc', this.sameCell(index, index, 'aws_ec2_vpc')),
          CidrBlock: `10.${index % 256}.${h(7) % 256}.0/24`,
          AvailabilityZone: zone,
          MapPublicIpOnLaunch: h(8) % 4 === 0,
        };
      case 'aws_ec2_security_group':
        return { GroupId: this.id(kind, index), GroupName: `sg-${index}`, IpPermissions: this.permissions(h(9)) };
      case 'aws_ec2_instance':
        return {
          InstanceId: this.id(kind, index),
          InstanceType: this.typeOf(kindIndex, kind, index),
          State: { Code: 16, Name: ['running', 'running', 'running', 'stopped', 'stopped', 'pending'][h(10) % 6] },
          LaunchTime: createdAt.toISOString(),
          Placement: { AvailabilityZone: zone, Tenancy: 'default' },
          SubnetId: this.id('aws_ec2_subnet', this.sameCell(index, h(11), 'aws_ec2_subnet')),
          SecurityGroups: this.instanceGroups(index, h(12)).map((group) => ({
            GroupId: this.id('aws_ec2_security_group', group),
            GroupName: `sg-${group}`,
          })),
          PrivateIpAddress: `10.${index % 256}.${h(13) % 256}.${h(14) % 256}`,
        };
      case 'aws_ec2_volume':
        return {
          VolumeId: this.id(kind, index),
          Size: [8, 20, 50, 100, 200, 500, 1000][h(15) % 7],
          VolumeType: this.typeOf(kindIndex, kind, index),
          CreateTime: createdAt.toISOString(),
          Encrypted: h(16) % 3 !== 0,
          AvailabilityZone: zone,
          State: this.attachedInstance(index) === undefined ? 'available' : 'in-use',
          Attachments: this.volumeAttachments(index),
        };
      case 'aws_ec2_snapshot':
        return {
          SnapshotId: this.id(kind, index),
          VolumeSize: [8, 20, 100][h(17) % 3],
          StartTime: createdAt.toISOString(),
        };
      case 'aws_elbv2_load_balancer':
        return {
          LoadBalancerName: `lb-${index}`,
          Scheme: h(18) % 3 === 0 ? 'internal' : 'internet-facing',
          DNSName: `lb-${index}.${region}.elb.amazonaws.com`,
          State: { Code: 'active' },
        };
      case 'aws_elbv2_listener':
        return { Port: [80, 443, 8080][h(19) % 3], Protocol: h(19) % 3 === 1 ? 'HTTPS' : 'HTTP' };
      case 'aws_elbv2_target_group':
        return { TargetGroupName: `tg-${index}`, Port: 8080, Protocol: 'HTTP', TargetType: 'instance' };
      case 'aws_ec2_route_table':
        return { RouteTableId: this.id(kind, index), Routes: [{ DestinationCidrBlock: '0.0.0.0/0' }] };
      case 'aws_s3_bucket':
        return { Versioning: h(20) % 2 === 0 ? 'Enabled' : 'Suspended', PublicAccessBlock: h(21) % 5 !== 0 };
      case 'aws_iam_role':
        return { RoleName: `role-${index}`, Path: '/', MaxSessionDuration: 3600 };
    }
  }

  /**
   * 2% of groups open port 22 to the world, 2% port 80; the others allow 22 from private ranges, a third serve 443
   * to an office range.
   */
  private permissions(roll: number): unknown[] {
    const ssh = roll % 50 === 0 ? '0.0.0.0/0' : '10.0.0.0/8';
    const permissions: unknown[] = [
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: ssh }, { CidrIp: '192.168.0.0/16' }] },
    ];
    if (roll % 3 === 0) {
      permissions.push({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '203.0.113.0/24' }] });
    }
    if (roll % 50 === 1) {
      permissions.push({ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] });
    }
    if (roll % 7 === 0) permissions.push({ IpProtocol: '-1', IpRanges: [] });
    return permissions;
  }

  private instanceGroups(index: number, roll: number): number[] {
    const first = this.sameCell(index, roll, 'aws_ec2_security_group');
    if (roll % 2 === 0) return [first];
    const second = this.sameCell(index, roll >>> 8, 'aws_ec2_security_group');
    return second === first ? [first] : [first, second];
  }

  /** 80% of volumes are attached to an instance in their cell. */
  private attachedInstance(index: number): number | undefined {
    const roll = hash(5, index, 22);
    return roll % 5 === 0 ? undefined : this.sameCell(index, roll >>> 4, 'aws_ec2_instance');
  }

  private volumeAttachments(index: number): unknown[] {
    const instance = this.attachedInstance(index);
    if (instance === undefined) return [];
    return [{ InstanceId: this.id('aws_ec2_instance', instance), State: 'attached', Device: '/dev/xvda' }];
  }

  private edgesOf(kindIndex: number, kind: EstateKind, index: number): [string, EstateKind, number][] {
    const h = (salt: number) => hash(kindIndex, index, salt);
    const vpc = this.sameCell(index, index, 'aws_ec2_vpc');
    switch (kind) {
      case 'aws_ec2_subnet':
      case 'aws_ec2_security_group':
        return [['in_vpc', 'aws_ec2_vpc', vpc]];
      case 'aws_ec2_route_table': {
        const edges: [string, EstateKind, number][] = [['in_vpc', 'aws_ec2_vpc', vpc]];
        for (let n = 0; n < 1 + (h(30) % 3); n++) {
          edges.push(['associated_with', 'aws_ec2_subnet', this.sameCell(index, h(31 + n), 'aws_ec2_subnet')]);
        }
        if (h(35) % 20 === 0)
          edges.push(['routes_to', 'aws_ec2_instance', this.sameCell(index, h(36), 'aws_ec2_instance')]);
        return edges;
      }
      case 'aws_ec2_instance':
        return [
          ['in_subnet', 'aws_ec2_subnet', this.sameCell(index, h(11), 'aws_ec2_subnet')],
          ['in_vpc', 'aws_ec2_vpc', vpc],
          ...this.instanceGroups(index, h(12)).map((group): [string, EstateKind, number] => [
            'member_of',
            'aws_ec2_security_group',
            group,
          ]),
        ];
      case 'aws_ec2_volume': {
        const instance = this.attachedInstance(index);
        return instance === undefined ? [] : [['attached_to', 'aws_ec2_instance', instance]];
      }
      case 'aws_ec2_snapshot':
        return [['snapshot_of', 'aws_ec2_volume', this.sameCell(index, h(40), 'aws_ec2_volume')]];
      case 'aws_elbv2_load_balancer': {
        const subnets = new Set([h(41), h(42)].map((pick) => this.sameCell(index, pick, 'aws_ec2_subnet')));
        return [
          ['in_vpc', 'aws_ec2_vpc', vpc],
          ...[...subnets].map((subnet): [string, EstateKind, number] => ['in_subnet', 'aws_ec2_subnet', subnet]),
          ['member_of', 'aws_ec2_security_group', this.sameCell(index, h(43), 'aws_ec2_security_group')],
        ];
      }
      // One target group per listener; the listeners cover every load balancer, half of them twice.
      case 'aws_elbv2_listener':
        return [
          [
            'belongs_to',
            'aws_elbv2_load_balancer',
            this.sameCell(index, Math.floor(index / CELLS), 'aws_elbv2_load_balancer'),
          ],
          ['routes_to', 'aws_elbv2_target_group', index],
        ];
      // A fifth of the target groups have no targets: so have the load balancers whose every listener leads to one.
      case 'aws_elbv2_target_group': {
        const edges: [string, EstateKind, number][] = [['in_vpc', 'aws_ec2_vpc', vpc]];
        const targets = h(44) % 5 === 0 ? 0 : 1 + (h(45) % 4);
        const seen = new Set<number>();
        for (let n = 0; n < targets; n++) seen.add(this.sameCell(index, h(46 + n), 'aws_ec2_instance'));
        for (const instance of seen) edges.push(['routes_to', 'aws_ec2_instance', instance]);
        return edges;
      }
      default:
        return [];
    }
  }
}
