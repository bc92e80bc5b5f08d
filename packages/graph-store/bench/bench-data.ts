import type { EdgeRecord, ResourceRecord, ScopeKey } from '../src/index.js';

/** Deterministic synthetic inventory for the store benchmark: realistic shapes, no randomness between runs. */

const KINDS = [
  { kind: 'aws_ec2_instance', service: 'ec2', serviceGroup: 'EC2' },
  { kind: 'aws_ec2_volume', service: 'ec2', serviceGroup: 'EC2' },
  { kind: 'aws_s3_bucket', service: 's3', serviceGroup: 'S3' },
  { kind: 'aws_iam_role', service: 'iam', serviceGroup: 'IAM' },
];
const ACCOUNTS = ['111111111111', '222222222222'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const STATES = ['running', 'stopped', 'pending'];

function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function benchResource(index: number, state = STATES[index % STATES.length]!): ResourceRecord {
  const { kind, service, serviceGroup } = KINDS[index % KINDS.length]!;
  const account = ACCOUNTS[Math.floor(index / KINDS.length) % ACCOUNTS.length]!;
  const region = REGIONS[Math.floor(index / (KINDS.length * ACCOUNTS.length)) % REGIONS.length]!;
  const id = `${kind.slice(4, 7)}-${index.toString(16).padStart(12, '0')}`;
  return {
    uid: `aws:${account}:${region}:${kind}:${id}`,
    id,
    kind,
    name: `resource ${index}`,
    tags: { Name: `resource ${index}`, Env: index % 3 === 0 ? 'prod' : 'dev', Team: `team-${index % 17}` },
    createdAt: new Date(Date.UTC(2024, 0, 1) + index * 1000).toISOString(),
    updatedAt: new Date().toISOString(),
    cloud: 'aws',
    account,
    region,
    serviceGroup,
    type: index % 5 === 0 ? 't3.large' : 't3.micro',
    data: {
      State: state,
      Size: index % 500,
      Encrypted: index % 2 === 0,
      Arn: `arn:aws:${service}:${region}:${account}:${id}`,
      Placement: { AvailabilityZone: `${region}a`, Tenancy: 'default' },
      SecurityGroups: [{ GroupId: `sg-${index % 97}`, GroupName: `group-${index % 97}` }],
    },
  };
}

/**
 * `count` distinct edges between the resources; `danglingPercent` of them (every edge whose position falls in that
 * share of each hundred) point instead to a snapshot that is never written, as references outside the inventory do.
 */
export function benchEdges(resources: ResourceRecord[], count: number, danglingPercent = 0): EdgeRecord[] {
  const random = pseudoRandom(42);
  const edges = new Map<string, EdgeRecord>();
  for (let guard = 0; edges.size < count && guard < count * 3; guard++) {
    const from = resources[guard % resources.length]!;
    const to = resources[Math.floor(random() * resources.length)]!;
    if (from.uid === to.uid) continue;
    const type = guard % 2 === 0 ? 'attached_to' : 'member_of';
    const edge =
      edges.size % 100 < danglingPercent
        ? { from: from.uid, type: 'from_snapshot', to: `${to.uid}:snapshot-gone`, toKind: 'aws_ec2_snapshot' }
        : { from: from.uid, type, to: to.uid, toKind: to.kind };
    edges.set(`${edge.from}|${edge.type}|${edge.to}`, edge);
  }
  return [...edges.values()];
}

export function allScopes(): ScopeKey[] {
  return ACCOUNTS.flatMap((account) =>
    REGIONS.flatMap((region) =>
      KINDS.map(({ kind, serviceGroup }) => ({ cloud: 'aws', account, region, serviceGroup, kind })),
    ),
  );
}
