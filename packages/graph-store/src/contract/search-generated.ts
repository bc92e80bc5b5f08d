import {
  COMPARISON_OPERATORS,
  type FieldPath,
  type Literal,
  type Predicate,
  type ResourceSearch,
  type TraversalStep,
} from '../search/search-query.js';
import {
  and,
  bool,
  cmp,
  data,
  field,
  is,
  not,
  num,
  or,
  search,
  step,
  str,
  tag,
  time,
  withCount,
} from './search-builders.js';

/**
 * Predicates without `with`, generated from a seed (the same ones every run): the differential case checks that a
 * store answers each of them with exactly the resources matchesPredicate keeps.
 */
export function generatedPredicates(count: number, seed = 15): Predicate[] {
  const { tree } = predicateMaker(mulberry32(seed));
  return Array.from({ length: count }, () => tree(3));
}

/**
 * Searches with steps and with conditions, generated from a seed: filters of generated predicates, some with a
 * with condition, then zero to two steps of any direction, edge types and depth range, some with a filter.
 */
export function generatedSearches(count: number, seed = 16): ResourceSearch[] {
  const random = mulberry32(seed);
  const { tree, leaf, pick } = predicateMaker(random);
  const traversal = (): TraversalStep => {
    const [min, max] = pick(DEPTHS);
    const types = random() < 0.7 ? [pick(EDGE_TYPES)] : undefined;
    return step(pick(DIRECTIONS), {
      min,
      max,
      ...(types ? { types } : {}),
      ...(random() < 0.3 ? { filter: leaf() } : {}),
    });
  };
  const steps = (most: number) => Array.from({ length: Math.floor(random() * (most + 1)) }, traversal);
  return Array.from({ length: count }, () => {
    let filter = tree(1);
    if (random() < 0.6) {
      const condition = withCount(pick(COUNT_OPS), Math.floor(random() * 3), traversal(), ...steps(1));
      filter = random() < 0.3 ? and(filter, not(condition)) : or(and(is(pick(KINDS)), condition), condition);
    }
    const chain = steps(2);
    return search(filter, chain.length > 0 ? { steps: chain } : {});
  });
}

const DIRECTIONS: TraversalStep['direction'][] = ['out', 'in', 'both'];
const EDGE_TYPES = ['attached_to', 'member_of', 'in_subnet', 'in_vpc', 'routes_to', 'uses_role'];
const DEPTHS: [number, number][] = [
  [1, 1],
  [1, 2],
  [2, 2],
  [0, 1],
  [1, 3],
  [2, 4],
];
const COUNT_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;

function predicateMaker(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const leaf = (): Predicate => {
    const roll = random();
    if (roll < 0.1) return is(...[pick(KINDS), pick(KINDS)]);
    const [path, literals] = pick(PATHS);
    const op = pick(COMPARISON_OPERATORS);
    const ordered = ['lt', 'lte', 'gt', 'gte'].includes(op);
    // Times compare by order only, booleans by equality only (validateSearch): else the literal's text.
    const literal = (): Literal => {
      const chosen = random() < 0.75 ? pick(literals) : pick(LITERALS);
      if (chosen.type === 'time' && !ordered) return str(chosen.value);
      if (chosen.type === 'boolean' && ordered) return str(String(chosen.value));
      return chosen;
    };
    if (op === 'exists' || op === 'missing') return cmp(path, op);
    if (op === 'contains') return cmp(path, op, str(pick(CONTAINS)));
    if (op === 'matches') return cmp(path, op, str(pick(REGEXES)));
    if (op === 'glob') return cmp(path, op, str(pick(GLOBS)));
    if (op === 'in' || op === 'not_in') return cmp(path, op, [literal(), literal(), literal()]);
    return cmp(path, op, literal());
  };
  const tree = (depth: number): Predicate => {
    const roll = random();
    if (depth === 0 || roll < 0.3) return leaf();
    if (roll < 0.55) return and(tree(depth - 1), tree(depth - 1));
    if (roll < 0.85) return or(tree(depth - 1), tree(depth - 1));
    return not(tree(depth - 1));
  };
  return { tree, leaf, pick };
}

/** A small seeded generator (mulberry32): deterministic across runs and machines. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const KINDS = ['aws_ec2_instance', 'aws_ec2_volume', 'aws_ec2_security_group', 'aws_s3_bucket', 'aws_ec2_route_table'];

/** Paths, each with literals that its values hold (so that comparisons keep some resources and leave others). */
const PATHS: [FieldPath, Literal[]][] = [
  [field('kind'), [str('aws_ec2_volume'), str('aws_ec2_instance')]],
  [field('account'), [str('111111111111'), str('222222222222')]],
  [field('region'), [str('us-east-1'), str('eu-west-1')]],
  [field('type'), [str('t3.micro'), str('network'), str('m')]],
  [field('name'), [str('i-web-1'), str('vol-5'), str('rtb')]],
  [field('created_at'), [time('2024-01-01'), time('2024-05-20T00:00:00Z'), str('2024')]],
  [field('service_group'), [str('EC2'), str('S3')]],
  [tag('Env'), [str('prod'), str('dev'), str('')]],
  [tag('Team'), [str('web'), str('data')]],
  [tag('a.b'), [str('dots')]],
  [data('Size'), [num(8), num(100), num(500), str('50'), num(20)]],
  [data('Score'), [num(7), num(12), str('12'), num(3.5), num(0)]],
  [data('State', 'Name'), [str('running'), str('stopped'), str('pending')]],
  [data('Encrypted'), [bool(true), bool(false)]],
  [data('VolumeType'), [str('gp3'), str('gp2'), str('io1')]],
  [data('CreateTime'), [time('2024-01-01'), time('2023-06-01T02:00:00+02:00'), time('2024-05-20T00:00:00Z')]],
  [data('LaunchTime'), [time('2024-01-10T08:00:00Z'), time('2024-03-15T12:30:00Z'), str('soon')]],
  [data('Hop'), [num(1), num(2), num(3)]],
  [data('MemorySize'), [num(128), num(1024)]],
  [data('Lifecycle'), [str('x')]],
  [data('IpPermissions', 'any', 'FromPort'), [num(22), num(80), num(443)]],
  [data('IpPermissions', 'all', 'IpRanges', 'any', 'CidrIp'), [str('0.0.0.0/0'), str('10.0.0.0/8')]],
  [data('IpPermissions', 'none', 'ToPort'), [num(22), num(443)]],
  [data('Attachments', 'any', 'InstanceId'), [str('i-web-1'), str('i-db-1'), str('i-ghost')]],
  [data('Attachments', 'none', 'State'), [str('attached'), str('attaching')]],
  [data('Attachments', 0, 'State'), [str('attached'), str('attaching')]],
  [data('AvailabilityZones', 'any'), [str('us-east-1a'), str('us-east-1b')]],
  [data('Grants', 'any', 'Permission'), [str('FULL_CONTROL')]],
];

const LITERALS: Literal[] = [
  str('running'),
  str('prod'),
  str('web'),
  str('gp3'),
  str('0.0.0.0/0'),
  str('i-web-1'),
  str('t3.micro'),
  str('us-east-1'),
  str('12'),
  str('50'),
  str('attached'),
  str(''),
  str('aws_ec2_volume'),
  num(0),
  num(1),
  num(8),
  num(12),
  num(16),
  num(22),
  num(100),
  num(500),
  num(3.5),
  bool(true),
  bool(false),
  time('2024-01-01'),
  time('2024-05-20T00:00:00Z'),
  time('2023-06-01T02:00:00+02:00'),
];

const CONTAINS = ['web', '-', '0/0', 'east', '1'];
const REGEXES = ['^i-', 'gp[23]', '\\d{2}', 'e$', '(web|db)-\\d'];
const GLOBS = ['*web*', 'vol-?', 't3.*', '*', 'aws_ec2_*', '??'];
