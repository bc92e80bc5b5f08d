import type { Aggregation, ChangeSearch, ResourceSearch, SearchRow } from '../search/search-query.js';
import {
  ALL,
  and,
  bool,
  cmp,
  count,
  data,
  dataKeys,
  field,
  idIs,
  into,
  is,
  not,
  num,
  or,
  out,
  over,
  search,
  step,
  str,
  tag,
  time,
  withAny,
  withCount,
  withEmpty,
} from './search-builders.js';
import { ACCOUNT_A, ACCOUNT_B, ALL_IDS, EU, US, uidOf, type SeededEstate } from './search-fixtures.js';

/**
 * The search cases over the fixture estate (search-fixtures.ts), each with its answer written out: resources by id
 * (in the query's order when it sorts, else any order: uid order is checked), rows in order, changes as
 * `change:id`. search-expectations.test.ts checks every answer against the in-memory reference.
 */

export interface ResourceCase {
  name: string;
  query: ResourceSearch;
  ids: readonly string[];
}

export interface RowCase {
  name: string;
  query: ResourceSearch & { aggregate: Aggregation };
  rows: SearchRow[];
}

export interface ChangeCase {
  name: string;
  query: ChangeSearch;
  /** `change:id`, in the order recorded (or sorted); `unordered` when the log's order within a sync is not fixed. */
  changes: readonly string[];
  unordered?: boolean;
}

export interface ChangeRowCase {
  name: string;
  query: ChangeSearch & { aggregate: Aggregation };
  rows: SearchRow[];
}

const VOLUMES = is('aws_ec2_volume');
const INSTANCES = is('aws_ec2_instance');
const GROUPS = is('aws_ec2_security_group');
const where = (filter: Parameters<typeof search>[0], ids: readonly string[], name: string): ResourceCase => ({
  name,
  query: search(filter),
  ids,
});

export const OPERATOR_CASES: ResourceCase[] = [
  where(cmp(data('State', 'Name'), 'eq', str('running')), ['i-web-1', 'i-web-2', 'i-batch-1', 'i-new'], 'eq text'),
  where(cmp(data('Score'), 'eq', num(12)), ['i-web-2'], 'eq number leaves the text "12"'),
  where(cmp(data('Score'), 'eq', str('12')), ['i-db-1'], 'eq text leaves the number 12'),
  where(cmp(data('Encrypted'), 'eq', bool(true)), ['vol-1', 'vol-4', 'vol-6', 'vol-8'], 'eq true'),
  where(cmp(data('Encrypted'), 'eq', bool(false)), ['vol-2', 'vol-3'], 'eq false'),
  where(cmp(data('Encrypted'), 'eq', str('true')), [], 'eq text never matches a boolean'),
  where(cmp(data('Encrypted'), 'ne', bool(true)), ['vol-2', 'vol-3'], 'ne boolean skips missing values'),
  where(
    cmp(data('Size'), 'ne', num(8)),
    ['vol-2', 'vol-3', 'vol-4', 'vol-5', 'vol-6', 'vol-7', 'vol-8'],
    'ne number matches present values of another type',
  ),
  where(cmp(data('Size'), 'lt', num(20)), ['vol-1', 'vol-6', 'vol-7'], 'lt number'),
  where(cmp(data('Size'), 'lte', num(20)), ['vol-1', 'vol-4', 'vol-6', 'vol-7'], 'lte number'),
  where(cmp(data('Size'), 'gt', num(100)), ['vol-3', 'vol-8'], 'gt number'),
  where(cmp(data('Size'), 'gte', num(100)), ['vol-2', 'vol-3', 'vol-8'], 'gte number'),
  where(cmp(data('Size'), 'gt', str('10')), ['vol-5'], 'gt text compares text values only'),
  where(
    cmp(data('Size'), 'lt', num(1000)),
    ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-6', 'vol-7'],
    'lt number never reads "50"',
  ),
  where(cmp(data('Score'), 'lt', num(0)), ['i-new'], 'lt negative number'),
  where(cmp(data('Score'), 'gt', num(3)), ['i-web-1', 'i-web-2', 'i-batch-1'], 'gt over a fraction'),
  where(cmp(field('type'), 'lt', str('m')), ['i-batch-1', 'lb-web', 'lb-eu'], 'lt text'),
  where(cmp(field('type'), 'gte', str('t3.n')), ['i-new'], 'gte text by code point'),
  where(
    cmp(data('Wide'), 'lt', str('😀')),
    ['bucket-logs', 'bucket-unicode'],
    'lt text by code point (U+FF5E < U+1F600)',
  ),
  where(cmp(data('Wide'), 'gt', str('\uff5e')), ['bucket-odd'], 'gt text by code point (U+1F600 > U+FF5E)'),
  where(cmp(data('Size'), 'in', [num(8), str('50'), num(16)]), ['vol-1', 'vol-5', 'vol-7'], 'in mixed literals'),
  where(cmp(data('Size'), 'in', [str('8'), num(50)]), [], 'in compares by each literal type'),
  where(cmp(data('VolumeType'), 'not_in', [str('gp2'), str('gp3')]), ['vol-3', 'vol-7', 'vol-8'], 'not_in text'),
  where(
    cmp(data('Score'), 'not_in', [num(7), num(12)]),
    ['i-db-1', 'i-batch-1', 'i-new'],
    'not_in skips null and matches another type',
  ),
  where(cmp(data('DNSName'), 'contains', str('empty')), ['lb-empty'], 'contains'),
  where(cmp(field('name'), 'contains', str('WEB')), [], 'contains is case-sensitive'),
  where(cmp(data('Description'), 'contains', str('☃ 雪')), ['bucket-unicode'], 'contains unicode'),
  where(cmp(data('Runtime'), 'matches', str('^python\\d')), ['fn-2'], 'matches anchored by the pattern'),
  where(cmp(data('GroupName'), 'matches', str('ss')), ['sg-open-ssh'], 'matches anywhere in the text'),
  where(
    cmp(data('VolumeType'), 'matches', str('^(gp|io)[0-9]$')),
    ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-5', 'vol-6', 'vol-8'],
    'matches groups, alternation and classes',
  ),
  where(cmp(data('Size'), 'matches', str('5')), ['vol-5'], 'matches reads text only, never a number'),
  where(cmp(data('DNSName'), 'matches', str('LB-WEB')), [], 'matches is case-sensitive'),
  where(cmp(field('name'), 'glob', str('i-web-?')), ['i-web-1', 'i-web-2'], 'glob ? is one character'),
  where(cmp(data('DNSName'), 'glob', str('*.example.com')), ['lb-web', 'lb-empty', 'lb-eu'], 'glob * is a run'),
  where(cmp(field('name'), 'glob', str('web')), [], 'glob matches the whole text'),
  where(
    cmp(field('name'), 'glob', str('*web*')),
    ['i-web-1', 'i-web-2', 'lb-web', 'tg-web', 'sg-web'],
    'glob * at both ends',
  ),
  where(cmp(field('name'), 'glob', str('données-?')), ['bucket-unicode'], 'glob ? is one code point (😀)'),
  where(cmp(tag('dollar$param'), 'glob', str('$param')), ['bucket-odd'], 'glob treats $ as itself'),
  where(cmp(data('DNSName'), 'glob', str('lb.web*')), [], 'glob treats . as itself'),
  where(cmp(data('Iops'), 'exists'), ['vol-3'], 'exists'),
  where(and(is('aws_s3_bucket'), cmp(data('Lifecycle'), 'exists')), [], 'exists is false for null'),
  where(
    and(is('aws_s3_bucket'), cmp(data('Lifecycle'), 'missing')),
    ['bucket-logs', 'bucket-unicode', 'bucket-odd'],
    'missing is true for null and absent',
  ),
  where(and(is('aws_s3_bucket'), cmp(data('Lifecycle'), 'ne', str('x'))), [], 'ne is false for null'),
  where(and(INSTANCES, cmp(data('Score'), 'missing')), ['i-eu-1'], 'missing over a null number'),
  where(
    and(or(INSTANCES, VOLUMES), cmp(field('created_at'), 'missing')),
    ['i-batch-1', 'vol-5', 'vol-6', 'vol-7'],
    'missing core field',
  ),
  where(
    and(is('aws_elbv2_load_balancer', 'aws_elbv2_target_group'), cmp(field('type'), 'missing')),
    ['tg-web', 'tg-empty'],
    'missing type',
  ),
  where(cmp(data('State'), 'eq', str('running')), [], 'eq text never matches an object'),
  where(
    cmp(data('State'), 'exists'),
    ['i-web-1', 'i-web-2', 'i-db-1', 'i-batch-1', 'i-eu-1', 'i-new'],
    'exists object',
  ),
  where(cmp(data('AvailabilityZones'), 'eq', str('us-east-1a')), [], 'eq never looks inside an array'),
  where(cmp(data('Nope', 'Deeper'), 'missing'), ALL_IDS, 'missing below a missing key'),
  where(cmp(data('State', 'Name', 'Deeper'), 'exists'), [], 'a key below text is missing'),
];

export const PATH_CASES: ResourceCase[] = [
  where(cmp(dataKeys('key.with.dots'), 'eq', num(1)), ['bucket-odd'], 'a key with dots is one key'),
  where(cmp(dataKeys('key', 'with', 'dots'), 'exists'), [], 'dots are not a path'),
  where(cmp(dataKeys('quote"key'), 'eq', str('q')), ['bucket-odd'], 'a key with a double quote'),
  where(cmp(dataKeys("single'key"), 'eq', str('s')), ['bucket-odd'], 'a key with a single quote'),
  where(cmp(dataKeys('space key'), 'eq', bool(true)), ['bucket-odd'], 'a key with a space'),
  where(cmp(dataKeys('back`tick'), 'eq', str('bt')), ['bucket-odd'], 'a key with a backtick'),
  where(cmp(dataKeys('$param'), 'eq', str('dollar')), ['bucket-odd'], 'a key with a dollar'),
  where(cmp(dataKeys('nested', 'a.b', 'c'), 'eq', str('deep')), ['bucket-odd'], 'a dotted key inside objects'),
  where(cmp(data('Attachments', 0, 'InstanceId'), 'eq', str('i-web-1')), ['vol-1'], 'an index'),
  where(cmp(data('Attachments', 1, 'InstanceId'), 'eq', str('i-web-1')), ['vol-8'], 'a second index'),
  where(
    and(VOLUMES, cmp(data('Attachments', 2), 'missing')),
    ['vol-1', 'vol-2', 'vol-3', 'vol-4', 'vol-5', 'vol-6', 'vol-7', 'vol-8'],
    'an index past the end is missing',
  ),
  where(cmp(data('State', 0), 'exists'), [], 'an index into an object is missing'),
  where(cmp(data('nested', 'list', 1, 0), 'eq', num(3)), ['bucket-odd'], 'indexes into nested arrays'),
  where(
    cmp(data('IpPermissions', 'any', 'IpRanges', 'any', 'CidrIp'), 'eq', str('0.0.0.0/0')),
    ['sg-open-ssh', 'sg-web'],
    'any of any',
  ),
  where(
    cmp(data('IpPermissions', 'any', 'FromPort'), 'eq', num(22)),
    ['sg-open-ssh', 'sg-ipv6'],
    'any skips an object',
  ),
  where(
    cmp(data('IpPermissions', 'all', 'IpRanges', 'any', 'CidrIp'), 'eq', str('0.0.0.0/0')),
    ['sg-web', 'sg-empty'],
    'all of any: true over an empty array',
  ),
  where(
    cmp(data('IpPermissions', 'none', 'IpRanges', 'any', 'CidrIp'), 'eq', str('0.0.0.0/0')),
    ['sg-internal', 'sg-empty', 'sg-ipv6'],
    'none of any: true over an empty array, false for an object or a missing value',
  ),
  where(
    cmp(data('IpPermissions', 'any'), 'exists'),
    ['sg-open-ssh', 'sg-web', 'sg-internal', 'sg-ipv6'],
    'any element exists',
  ),
  where(
    cmp(data('Attachments', 'any', 'InstanceId'), 'eq', str('i-web-1')),
    ['vol-1', 'vol-8'],
    'any over the attachments',
  ),
  where(
    cmp(data('Attachments', 'all', 'State'), 'eq', str('attached')),
    ['vol-1', 'vol-2', 'vol-3', 'vol-5', 'vol-6', 'vol-8'],
    'all over the attachments: empty arrays hold, a missing State does not',
  ),
  where(cmp(data('Attachments', 'none', 'State'), 'exists'), ['vol-3', 'vol-5', 'vol-7'], 'none exists'),
  where(cmp(data('Grants', 'any', 'Permission'), 'eq', str('FULL_CONTROL')), ['bucket-logs'], 'any grant'),
  where(cmp(data('Grants', 'none', 'Permission'), 'exists'), ['bucket-unicode'], 'none over text is false'),
  where(cmp(data('Grants', 'all'), 'missing'), ['bucket-unicode'], 'all missing: only over an empty array'),
  where(cmp(data('AvailabilityZones', 'any'), 'eq', str('us-east-1b')), ['lb-web'], 'any text element'),
  where(
    cmp(data('AvailabilityZones', 'all'), 'glob', str('us-east-1?')),
    ['lb-web', 'lb-empty', 'lb-eu'],
    'all text elements',
  ),
  where(cmp(data('Layers', 'none'), 'exists'), ['fn-1'], 'none over an empty array'),
  where(cmp(data('nested', 'list', 'any', 'any'), 'eq', num(3)), ['bucket-odd'], 'any of any over nested arrays'),
  where(cmp(data('nested', 'list', 'all', 'any'), 'eq', num(1)), [], 'all of any over nested arrays'),
  where(cmp(data('nested', 'list', 'any', 'all'), 'gt', num(2)), ['bucket-odd'], 'any of all over nested arrays'),
  where(
    cmp(data('SecurityGroups', 'all', 'GroupId'), 'glob', str('sg-*')),
    ['i-web-1', 'i-web-2', 'i-db-1', 'i-batch-1', 'i-eu-1'],
    'all over objects, true for an empty array, false when missing',
  ),
  where(cmp(data('Sizes', 'any'), 'exists'), [], 'a quantifier over a missing value'),
  where(cmp(data('State', 'any'), 'exists'), [], 'a quantifier over an object'),
];

export const BOOLEAN_CASES: ResourceCase[] = [
  where(ALL, ALL_IDS, 'all'),
  where(
    and(VOLUMES, not(cmp(data('Encrypted'), 'eq', bool(true)))),
    ['vol-2', 'vol-3', 'vol-5', 'vol-7'],
    'not over a missing value holds',
  ),
  where(
    and(or(cmp(tag('Env'), 'eq', str('dev')), cmp(data('Size'), 'gt', num(1000))), VOLUMES),
    ['vol-3', 'vol-7', 'vol-8'],
    'or inside and',
  ),
  where(not(not(is('aws_iam_role'))), ['role-admin', 'role-unused'], 'not of not'),
  where(and(GROUPS, not(cmp(tag('Env'), 'exists'))), ['sg-internal', 'sg-empty', 'sg-b', 'sg-ipv6'], 'not exists'),
  where(
    or(
      and(INSTANCES, cmp(field('region'), 'eq', str(EU))),
      and(VOLUMES, not(or(cmp(data('Size'), 'lt', num(100)), cmp(data('Size'), 'gt', num(1000))))),
    ),
    ['i-eu-1', 'i-new', 'vol-2', 'vol-3', 'vol-5'],
    'nested and / or / not',
  ),
  where(
    is('aws_elbv2_load_balancer', 'aws_elbv2_target_group'),
    ['lb-web', 'lb-empty', 'lb-eu', 'tg-web', 'tg-empty'],
    'is list',
  ),
  where(is('aws_nothing_like_this'), [], 'is an unknown kind'),
  where(is('aws_ec2_vpc', 'aws_nothing_like_this'), ['vpc-main', 'vpc-eu'], 'is with an unknown kind'),
  where(and(is('aws_ec2_vpc'), is('aws_ec2_subnet')), [], 'two is terms'),
];

export const TAG_AND_FIELD_CASES: ResourceCase[] = [
  where(cmp(tag('aws:cloudformation:stack-name'), 'eq', str('logs-stack')), ['bucket-logs'], 'tag key with colons'),
  where(cmp(tag('Équipe'), 'eq', str('données')), ['bucket-unicode'], 'unicode tag key and value'),
  where(cmp(tag('emoji😀'), 'exists'), ['bucket-unicode'], 'tag key with an astral character'),
  where(cmp(tag('a.b'), 'eq', str('dots')), ['bucket-odd'], 'tag key with a dot'),
  where(cmp(tag('a'), 'exists'), [], 'a prefix of a dotted tag key is no tag'),
  where(cmp(tag(`it's "q"`), 'eq', str('quotes')), ['bucket-odd'], 'tag key with quotes'),
  where(cmp(tag('back`tick'), 'exists'), ['bucket-odd'], 'tag key with a backtick'),
  where(cmp(tag('env'), 'exists'), [], 'tag keys are case-sensitive'),
  where(cmp(tag('Env'), 'eq', str('')), ['bucket-odd'], 'an empty tag value'),
  where(cmp(tag('Team'), 'eq', str('web')), ['i-web-1', 'i-web-2', 'i-eu-1', 'vol-8', 'lb-web'], 'tag value'),
  where(cmp(tag('Team'), 'ne', str('web')), ['i-db-1', 'fn-1'], 'tag ne skips untagged resources'),
  where(
    cmp(tag('Env'), 'in', [str('dev'), str('staging')]),
    ['i-batch-1', 'i-new', 'vol-3', 'vol-7', 'lb-empty', 'fn-2'],
    'tag in',
  ),
  where(cmp(field('kind'), 'eq', str('aws_ec2_vpc')), ['vpc-main', 'vpc-eu'], 'kind'),
  where(
    cmp(field('account'), 'eq', str(ACCOUNT_B)),
    ['i-batch-1', 'i-new', 'sg-b', 'sg-ipv6', 'vol-5', 'vol-6', 'bucket-odd', 'fn-2'],
    'account',
  ),
  where(cmp(field('account'), 'eq', num(Number(ACCOUNT_B))), [], 'account is text'),
  where(
    cmp(field('region'), 'eq', str(EU)),
    [
      'i-eu-1',
      'i-new',
      'sg-empty',
      'sg-ipv6',
      'vol-4',
      'subnet-eu',
      'vpc-eu',
      'lb-eu',
      'fn-2',
      'rtb-c1',
      'rtb-c2',
      'rtb-c3',
    ],
    'region',
  ),
  where(
    and(cmp(field('account'), 'eq', str(ACCOUNT_B)), cmp(field('region'), 'eq', str(EU))),
    ['i-new', 'sg-ipv6', 'fn-2'],
    'account and region',
  ),
  where(
    cmp(field('service_group'), 'eq', str('ELBv2')),
    ['lb-web', 'lb-empty', 'lb-eu', 'tg-web', 'tg-empty'],
    'service_group',
  ),
  where(
    cmp(field('service_group'), 'in', [str('S3'), str('IAM')]),
    ['bucket-logs', 'bucket-unicode', 'bucket-odd', 'role-admin', 'role-unused'],
    'service_group in',
  ),
  where(cmp(field('cloud'), 'eq', str('aws')), ALL_IDS, 'cloud'),
  where(cmp(field('cloud'), 'ne', str('aws')), [], 'cloud ne'),
  where(cmp(field('uid'), 'eq', str(uidOf('vol-1'))), ['vol-1'], 'uid'),
  where(cmp(field('id'), 'glob', str('rtb-?')), ['rtb-1', 'rtb-2', 'rtb-3', 'rtb-4'], 'id glob'),
  where(cmp(field('name'), 'eq', str('données-😀')), ['bucket-unicode'], 'unicode name'),
  where(cmp(field('updated_at'), 'exists'), ['i-web-1'], 'updated_at'),
  where(cmp(field('orphaned_since'), 'exists'), [], 'orphaned_since: none orphaned'),
];

export const TIME_CASES: ResourceCase[] = [
  where(
    cmp(field('created_at'), 'lt', time('2024-01-01')),
    ['vol-2', 'vol-3', 'i-db-1', 'bucket-logs', 'bucket-unicode'],
    'created_at before a date',
  ),
  where(cmp(field('created_at'), 'gte', time('2024-05-20')), ['i-eu-1', 'vol-4', 'i-new'], 'created_at from a date'),
  where(
    cmp(field('created_at'), 'gt', time('2024-05-20T01:59:59+02:00')),
    ['i-eu-1', 'vol-4', 'i-new'],
    'created_at after a time with an offset',
  ),
  where(cmp(field('created_at'), 'eq', time('2024-01-10T09:00:05+01:00')), ['vol-1'], 'created_at eq across zones'),
  where(cmp(field('created_at'), 'eq', time('2024-01-10T08:00:05')), ['vol-1'], 'created_at eq without zone'),
  where(cmp(data('CreateTime'), 'lt', time('2024-01-01T00:00:00Z')), ['vol-2', 'vol-3'], 'data time before'),
  where(
    cmp(data('CreateTime'), 'gte', time('2024-05-20T00:00:00Z')),
    ['vol-4', 'vol-6'],
    'data times with an offset and without zone',
  ),
  where(cmp(data('CreateTime'), 'eq', time('2024-02-29T00:00:00Z')), ['vol-5'], 'a data date is midnight UTC'),
  where(cmp(data('CreateTime'), 'eq', time('2024-04-01T00:00:00Z')), ['vol-8'], 'a data time at +00:00'),
  where(cmp(data('CreateTime'), 'lt', time('2022-12-31T23:59:59.999Z')), [], 'lt an equal instant'),
  where(cmp(data('CreateTime'), 'lte', time('2022-12-31T23:59:59.999Z')), ['vol-3'], 'lte an equal instant'),
  where(cmp(data('CreateTime'), 'lt', time('2022-12-31T23:59:59.9991Z')), ['vol-3'], 'below the millisecond'),
  where(
    cmp(data('LaunchTime'), 'gt', time('2024-03-15T12:29:59Z')),
    ['i-web-2', 'i-batch-1'],
    'gt skips text that is no time',
  ),
  where(
    cmp(data('LaunchTime'), 'ne', time('2024-01-10T08:00:00Z')),
    ['i-web-2', 'i-db-1', 'i-batch-1', 'i-eu-1'],
    'ne time matches present values that are no such instant',
  ),
  where(
    cmp(data('LaunchTime'), 'in', [time('2023-11-01T00:00:00Z'), time('2024-01-10T10:00:00+02:00')]),
    ['i-db-1', 'i-web-1'],
    'in times',
  ),
  where(cmp(data('LastModified'), 'gt', time('2000-01-01')), [], 'an offset without colon is no time'),
  where(cmp(data('CreateTime'), 'gt', str('2024-05')), ['vol-4', 'vol-6', 'vol-7'], 'a string literal compares text'),
  where(cmp(data('Size'), 'gt', time('1970-01-01')), [], 'a number is no time'),
];

export function seenCases(estate: SeededEstate): ResourceCase[] {
  const before = ALL_IDS.filter((id) => id !== 'i-new' && id !== 'sg-ipv6');
  return [
    where(cmp(field('first_seen'), 'gte', time(estate.betweenSyncs)), ['i-new', 'sg-ipv6'], 'first_seen after'),
    where(cmp(field('first_seen'), 'lt', time(estate.betweenSyncs)), before, 'first_seen before'),
    where(cmp(field('first_seen'), 'lt', time(estate.beforeFirst)), [], 'first_seen before the first sync'),
    where(cmp(field('last_seen'), 'gte', time(estate.betweenSyncs)), ALL_IDS, 'last_seen in the second sync'),
    where(cmp(field('last_seen'), 'lt', time(estate.afterSecond)), ALL_IDS, 'last_seen before the end'),
  ];
}

const chain = (
  filter: Parameters<typeof search>[0],
  steps: ReturnType<typeof step>[],
  ids: string[],
  name: string,
) => ({
  name,
  query: search(filter, { steps }),
  ids,
});

export const TRAVERSAL_CASES: ResourceCase[] = [
  chain(idIs('vol-1'), [out('attached_to')], ['i-web-1'], 'out one type'),
  chain(
    VOLUMES,
    [out('attached_to')],
    ['i-web-1', 'i-web-2', 'i-db-1', 'i-eu-1'],
    'out from many, each once, ghosts never',
  ),
  chain(INSTANCES, [into('attached_to')], ['vol-1', 'vol-2', 'vol-4', 'vol-8'], 'in one type'),
  chain(
    idIs('i-web-1'),
    [step('both')],
    ['vol-1', 'vol-8', 'sg-web', 'sg-open-ssh', 'subnet-a', 'tg-web'],
    'both, any type',
  ),
  chain(idIs('i-web-1'), [step('both', { min: 2, max: 2 })], ['i-web-2', 'lb-web', 'vpc-main'], 'both at distance 2'),
  chain(
    idIs('i-web-1'),
    [step('out', { types: ['member_of', 'in_subnet'] })],
    ['sg-web', 'sg-open-ssh', 'subnet-a'],
    'out of two types',
  ),
  chain(idIs('i-web-1'), [out('nothing_like_this')], [], 'out of an unknown type'),
  chain(idIs('i-web-1'), [step('out', { types: [] })], ['sg-web', 'sg-open-ssh', 'subnet-a'], 'empty types: any'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 2, max: 2 })], ['rtb-4'], 'distance 2 excludes what is at distance 1'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 1, max: 3 })], ['rtb-2', 'rtb-3', 'rtb-4'], 'depth 1 to 3'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 3, max: 3 })], [], 'nothing at distance 3'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 0, max: 1 })], ['rtb-1', 'rtb-2', 'rtb-3'], 'depth 0 keeps the start'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 0 })], ['rtb-1'], 'depth 0 alone'),
  chain(idIs('rtb-1'), [out('routes_to', { max: 2 })], ['rtb-2', 'rtb-3', 'rtb-4'], 'maxDepth alone: from 1'),
  chain(idIs('rtb-1'), [out('routes_to', { min: 2 })], ['rtb-4'], 'minDepth alone: to itself'),
  chain(idIs('rtb-4'), [into('routes_to', { min: 1, max: 5 })], ['rtb-1', 'rtb-2', 'rtb-3'], 'in, depth 1 to 5'),
  chain(idIs('rtb-4'), [into('routes_to', { min: 2, max: 2 })], ['rtb-1', 'rtb-2'], 'in at distance 2'),
  chain(idIs('rtb-c1'), [out('routes_to', { min: 1, max: 5 })], ['rtb-c2', 'rtb-c3'], 'a cycle: the start is at 0'),
  chain(idIs('rtb-c1'), [out('routes_to', { min: 3, max: 3 })], [], 'a cycle: nothing at distance 3'),
  chain(idIs('rtb-c1'), [step('both', { types: ['routes_to'] })], ['rtb-c2', 'rtb-c3'], 'a cycle both ways'),
  chain(idIs('rtb-c1'), [out('routes_to', { min: 0, max: 5 })], ['rtb-c1', 'rtb-c2', 'rtb-c3'], 'a cycle from depth 0'),
  chain(idIs('rtb-1', 'rtb-2'), [out('routes_to')], ['rtb-2', 'rtb-3'], 'a start reached from another start'),
  chain(
    idIs('rtb-2', 'rtb-3'),
    [out('routes_to', { min: 2, max: 2 })],
    ['rtb-4'],
    'distance from each start, not from the set',
  ),
  chain(
    INSTANCES,
    [
      out('member_of', {
        filter: cmp(data('IpPermissions', 'any', 'IpRanges', 'any', 'CidrIp'), 'eq', str('0.0.0.0/0')),
      }),
    ],
    ['sg-web', 'sg-open-ssh'],
    'a step filter',
  ),
  chain(
    idIs('rtb-1'),
    [out('routes_to', { max: 3, filter: cmp(data('Hop'), 'gt', num(2)) })],
    ['rtb-3', 'rtb-4'],
    'a filter on a depth range',
  ),
  chain(idIs('vol-1'), [out('attached_to'), out('in_subnet'), out('in_vpc')], ['vpc-main'], 'three chained steps'),
  chain(
    is('aws_elbv2_load_balancer'),
    [out('routes_to'), out('routes_to')],
    ['i-web-1', 'i-web-2'],
    'two chained steps',
  ),
  chain(
    INSTANCES,
    [
      out('in_subnet', { filter: cmp(data('MapPublicIpOnLaunch'), 'eq', bool(true)) }),
      into('in_subnet', { filter: is('aws_elbv2_load_balancer') }),
    ],
    ['lb-web'],
    'chained steps with filters',
  ),
  chain(
    idIs('subnet-b'),
    [step('both', { types: ['in_subnet'] })],
    ['i-web-2', 'i-db-1', 'lb-web'],
    'both of one type',
  ),
  chain(idIs('vol-6', 'fn-2', 'lb-eu'), [step('out')], [], 'edges to targets that never arrived'),
  chain(idIs('vol-7'), [step('both')], [], 'an edge to a deleted resource'),
  chain(idIs('vol-3'), [step('both')], [], 'an edge the second sync removed'),
  chain(is('aws_nothing_like_this'), [step('both')], [], 'steps from nothing'),
];

export const WITH_CASES: ResourceCase[] = [
  where(and(VOLUMES, withEmpty(out('attached_to'))), ['vol-3', 'vol-5', 'vol-6', 'vol-7'], 'unattached volumes'),
  where(and(VOLUMES, withAny(out('attached_to'))), ['vol-1', 'vol-2', 'vol-4', 'vol-8'], 'attached volumes'),
  where(withCount('eq', 2, out('attached_to')), ['vol-8'], 'count eq'),
  where(withCount('gte', 2, into('member_of')), ['sg-web'], 'count gte, in'),
  where(
    and(is('aws_elbv2_load_balancer'), withEmpty(out('routes_to'), out('routes_to', { filter: INSTANCES }))),
    ['lb-empty', 'lb-eu'],
    'load balancers without targets',
  ),
  where(
    and(is('aws_ec2_route_table'), withCount('gte', 3, out('routes_to', { min: 1, max: 5 }))),
    ['rtb-1'],
    'count over a depth range',
  ),
  where(
    and(is('aws_ec2_route_table'), withCount('eq', 2, out('routes_to', { min: 1, max: 5 }))),
    ['rtb-2', 'rtb-c1', 'rtb-c2', 'rtb-c3'],
    'count in a cycle excludes the start',
  ),
  where(and(is('aws_ec2_route_table'), withCount('lt', 1, out('routes_to'))), ['rtb-4'], 'count lt 1 is empty'),
  where(
    and(is('aws_ec2_route_table'), withCount('ne', 0, into('routes_to'))),
    ['rtb-2', 'rtb-3', 'rtb-4', 'rtb-c1', 'rtb-c2', 'rtb-c3'],
    'count ne 0 is any',
  ),
  where(and(is('aws_ec2_subnet'), withCount('gt', 2, step('both'))), ['subnet-a', 'subnet-b'], 'count gt, both'),
  where(and(is('aws_ec2_subnet'), withCount('lte', 2, step('both'))), ['subnet-eu'], 'count lte, both'),
  where(
    and(INSTANCES, withAny(into('attached_to', { filter: withCount('gte', 2, out('attached_to')) }))),
    ['i-web-1', 'i-web-2'],
    'with inside a step filter of a with',
  ),
  where(and(VOLUMES, not(withAny(out('attached_to')))), ['vol-3', 'vol-5', 'vol-6', 'vol-7'], 'with inside not'),
  where(
    and(is('aws_iam_role'), or(withAny(into('uses_role')), cmp(data('RoleName'), 'eq', str('nobody')))),
    ['role-admin'],
    'with inside or',
  ),
  where(and(is('aws_iam_role'), withEmpty(into('uses_role'))), ['role-unused'], 'roles nobody uses'),
  where(and(is('aws_lambda_function'), withAny(out('uses_role'))), ['fn-1'], 'a ghost target never counts'),
  where(
    and(
      INSTANCES,
      withAny(
        out('member_of', {
          filter: and(
            cmp(data('IpPermissions', 'any', 'FromPort'), 'eq', num(22)),
            cmp(data('IpPermissions', 'any', 'IpRanges', 'any', 'CidrIp'), 'eq', str('0.0.0.0/0')),
          ),
        }),
      ),
    ),
    ['i-web-1'],
    'instances in a group open to the world on port 22',
  ),
  where(
    and(VOLUMES, withCount('eq', 0, out('attached_to', { filter: INSTANCES }), into('attached_to'))),
    ['vol-3', 'vol-5', 'vol-6', 'vol-7'],
    'a with of two steps',
  ),
  where(
    and(INSTANCES, withCount('eq', 2, into('attached_to'), out('attached_to'))),
    ['i-web-1', 'i-web-2'],
    'a with of two steps back: the instances sharing a volume',
  ),
];

export const WITH_AND_STEPS_CASES: ResourceCase[] = [
  {
    name: 'a with in a step filter of the main chain',
    query: search(INSTANCES, {
      steps: [out('in_subnet', { filter: withCount('gte', 2, into('in_subnet', { filter: INSTANCES })) })],
    }),
    ids: ['subnet-b'],
  },
  {
    name: 'a with in the filter, then steps',
    query: search(and(is('aws_ec2_volume'), withAny(out('attached_to'))), {
      steps: [out('attached_to'), out('in_subnet')],
    }),
    ids: ['subnet-a', 'subnet-b', 'subnet-eu'],
  },
];

export const SORT_CASES: ResourceCase[] = [
  {
    name: 'sort by a number, text after numbers',
    query: search(VOLUMES, { sort: [{ path: data('Size') }] }),
    ids: ['vol-6', 'vol-1', 'vol-7', 'vol-4', 'vol-2', 'vol-3', 'vol-8', 'vol-5'],
  },
  {
    name: 'sort descending: the present values reversed',
    query: search(VOLUMES, { sort: [{ path: data('Size'), descending: true }] }),
    ids: ['vol-5', 'vol-8', 'vol-3', 'vol-2', 'vol-4', 'vol-7', 'vol-1', 'vol-6'],
  },
  {
    name: 'sort numbers, text, then missing (null)',
    query: search(INSTANCES, { sort: [{ path: data('Score') }] }),
    ids: ['i-new', 'i-batch-1', 'i-web-1', 'i-web-2', 'i-db-1', 'i-eu-1'],
  },
  {
    name: 'sort descending keeps missing last',
    query: search(INSTANCES, { sort: [{ path: data('Score'), descending: true }] }),
    ids: ['i-db-1', 'i-web-2', 'i-web-1', 'i-batch-1', 'i-new', 'i-eu-1'],
  },
  {
    name: 'sort booleans false before true, missing last, then by uid',
    query: search(VOLUMES, { sort: [{ path: data('Encrypted') }] }),
    ids: ['vol-2', 'vol-3', 'vol-4', 'vol-1', 'vol-8', 'vol-6', 'vol-7', 'vol-5'],
  },
  {
    name: 'sort by two keys',
    query: search(INSTANCES, { sort: [{ path: field('type') }, { path: data('Score'), descending: true }] }),
    ids: ['i-batch-1', 'i-db-1', 'i-web-2', 'i-web-1', 'i-eu-1', 'i-new'],
  },
  {
    name: 'sort by a time as text, descending, missing last',
    query: search(INSTANCES, { sort: [{ path: field('created_at'), descending: true }] }),
    ids: ['i-new', 'i-eu-1', 'i-web-2', 'i-web-1', 'i-db-1', 'i-batch-1'],
  },
  {
    name: 'sort text by code point',
    query: search(is('aws_s3_bucket'), { sort: [{ path: data('Wide') }] }),
    ids: ['bucket-logs', 'bucket-unicode', 'bucket-odd'],
  },
  {
    name: 'sort by a tag, ties by uid, missing last',
    query: search(INSTANCES, { sort: [{ path: tag('Team') }] }),
    ids: ['i-db-1', 'i-eu-1', 'i-web-1', 'i-web-2', 'i-new', 'i-batch-1'],
  },
  {
    name: 'sort by a nested path after steps',
    query: search(VOLUMES, {
      steps: [out('attached_to')],
      sort: [{ path: data('CpuOptions', 'CoreCount'), descending: true }],
    }),
    ids: ['i-db-1', 'i-web-2', 'i-web-1', 'i-eu-1'],
  },
  {
    name: 'sort by an object: equal, by uid',
    query: search(INSTANCES, { sort: [{ path: data('State') }] }),
    ids: ['i-eu-1', 'i-db-1', 'i-web-1', 'i-web-2', 'i-new', 'i-batch-1'],
  },
];

export const LIMIT_CASES: ResourceCase[] = [
  { name: 'limit in uid order', query: search(ALL, { limit: 5 }), ids: ALL_IDS.slice(0, 5) },
  {
    name: 'limit after a sort',
    query: search(VOLUMES, { sort: [{ path: data('Size'), descending: true }], limit: 3 }),
    ids: ['vol-5', 'vol-8', 'vol-3'],
  },
  { name: 'limit over the whole answer', query: search(is('aws_ec2_vpc'), { limit: 10 }), ids: ['vpc-eu', 'vpc-main'] },
  {
    name: 'limit after steps',
    query: search(idIs('rtb-1'), { steps: [out('routes_to', { max: 3 })], limit: 2 }),
    ids: ['rtb-2', 'rtb-3'],
  },
];

const row = (group: Record<string, string | null>, value: number | null): SearchRow => ({ group, value });
function rows(name: string, query: ResourceSearch, expected: SearchRow[]): RowCase {
  if (query.aggregate === undefined) throw new Error(`${name}: a row case aggregates`);
  return { name, query: { ...query, aggregate: query.aggregate }, rows: expected };
}

export const ROW_CASES: RowCase[] = [
  rows('count of everything', search(ALL, { aggregate: count() }), [row({}, 44)]),
  rows('count of nothing', search(is('aws_nothing_like_this'), { aggregate: count() }), [row({}, 0)]),
  rows(
    'count of nothing by kind: no rows',
    search(is('aws_nothing_like_this'), { aggregate: count(field('kind')) }),
    [],
  ),
  rows('count by kind', search(ALL, { aggregate: count(field('kind')) }), [
    row({ kind: 'aws_ec2_instance' }, 6),
    row({ kind: 'aws_ec2_route_table' }, 7),
    row({ kind: 'aws_ec2_security_group' }, 6),
    row({ kind: 'aws_ec2_subnet' }, 3),
    row({ kind: 'aws_ec2_volume' }, 8),
    row({ kind: 'aws_ec2_vpc' }, 2),
    row({ kind: 'aws_elbv2_load_balancer' }, 3),
    row({ kind: 'aws_elbv2_target_group' }, 2),
    row({ kind: 'aws_iam_role' }, 2),
    row({ kind: 'aws_lambda_function' }, 2),
    row({ kind: 'aws_s3_bucket' }, 3),
  ]),
  rows('count by account and region', search(ALL, { aggregate: count(field('account'), field('region')) }), [
    row({ account: ACCOUNT_A, region: EU }, 9),
    row({ account: ACCOUNT_A, region: US }, 27),
    row({ account: ACCOUNT_B, region: EU }, 3),
    row({ account: ACCOUNT_B, region: US }, 5),
  ]),
  rows('sum of numbers only', search(VOLUMES, { aggregate: over('sum', data('Size')) }), [row({}, 2645)]),
  rows('min', search(VOLUMES, { aggregate: over('min', data('Size')) }), [row({}, 1)]),
  rows('max', search(VOLUMES, { aggregate: over('max', data('Size')) }), [row({}, 2000)]),
  rows('avg', search(INSTANCES, { aggregate: over('avg', data('Score')) }), [row({}, 5.375)]),
  rows('min below zero', search(INSTANCES, { aggregate: over('min', data('Score')) }), [row({}, -1)]),
  rows('sum over no number is null', search(is('aws_s3_bucket'), { aggregate: over('sum', data('Size')) }), [
    row({}, null),
  ]),
  rows('avg over nothing is null', search(is('aws_nothing_like_this'), { aggregate: over('avg', data('Size')) }), [
    row({}, null),
  ]),
  rows('sum by region', search(VOLUMES, { aggregate: over('sum', data('Size'), field('region')) }), [
    row({ region: EU }, 20),
    row({ region: US }, 2625),
  ]),
  rows('sum by tag, null group last', search(VOLUMES, { aggregate: over('sum', data('Size'), tag('Env')) }), [
    row({ 'tags.Env': 'dev' }, 516),
    row({ 'tags.Env': 'prod' }, 2108),
    row({ 'tags.Env': null }, 21),
  ]),
  rows('count by a nested data path', search(INSTANCES, { aggregate: count(data('State', 'Name')) }), [
    row({ 'data.State.Name': 'pending' }, 1),
    row({ 'data.State.Name': 'running' }, 4),
    row({ 'data.State.Name': 'stopped' }, 1),
  ]),
  rows('count by a boolean as text, null last', search(VOLUMES, { aggregate: count(data('Encrypted')) }), [
    row({ 'data.Encrypted': 'false' }, 2),
    row({ 'data.Encrypted': 'true' }, 4),
    row({ 'data.Encrypted': null }, 2),
  ]),
  rows('count by a number as text', search(is('aws_ec2_route_table'), { aggregate: count(data('Hop')) }), [
    row({ 'data.Hop': '1' }, 2),
    row({ 'data.Hop': '2' }, 2),
    row({ 'data.Hop': '3' }, 2),
    row({ 'data.Hop': '4' }, 1),
  ]),
  rows(
    'count by an array as JSON text',
    search(is('aws_elbv2_load_balancer'), { aggregate: count(data('AvailabilityZones')) }),
    [
      row({ 'data.AvailabilityZones': '["us-east-1a","us-east-1b"]' }, 1),
      row({ 'data.AvailabilityZones': '["us-east-1a"]' }, 1),
      row({ 'data.AvailabilityZones': '[]' }, 1),
    ],
  ),
  rows(
    'count by type with nulls',
    search(is('aws_elbv2_load_balancer', 'aws_elbv2_target_group'), { aggregate: count(field('type')) }),
    [row({ type: 'application' }, 2), row({ type: 'network' }, 1), row({ type: null }, 2)],
  ),
  rows(
    'count by an odd tag key',
    search(is('aws_s3_bucket'), { aggregate: count(tag('aws:cloudformation:stack-name')) }),
    [
      row({ 'tags["aws:cloudformation:stack-name"]': 'logs-stack' }, 1),
      row({ 'tags["aws:cloudformation:stack-name"]': null }, 2),
    ],
  ),
  rows(
    'avg by account',
    search(is('aws_lambda_function'), { aggregate: over('avg', data('MemorySize'), field('account')) }),
    [row({ account: ACCOUNT_A }, 128), row({ account: ACCOUNT_B }, 1024)],
  ),
  rows(
    'max by two fields',
    search(VOLUMES, { aggregate: over('max', data('Size'), field('account'), data('VolumeType')) }),
    [
      row({ account: ACCOUNT_A, 'data.VolumeType': 'gp2' }, 100),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'gp3' }, 20),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'io1' }, 500),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'io2' }, 2000),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'standard' }, 16),
      row({ account: ACCOUNT_B, 'data.VolumeType': 'gp2' }, null),
      row({ account: ACCOUNT_B, 'data.VolumeType': 'gp3' }, 1),
    ],
  ),
  rows('count after steps', search(VOLUMES, { steps: [out('attached_to')], aggregate: count(field('kind')) }), [
    row({ kind: 'aws_ec2_instance' }, 4),
  ]),
  rows(
    'count after a with',
    search(and(VOLUMES, withEmpty(out('attached_to'))), { aggregate: count(field('account')) }),
    [row({ account: ACCOUNT_A }, 2), row({ account: ACCOUNT_B }, 2)],
  ),
  rows(
    'rows sorted by value descending, ties by group, limited',
    search(ALL, { aggregate: count(field('kind')), sort: [{ value: true, descending: true }], limit: 4 }),
    [
      row({ kind: 'aws_ec2_volume' }, 8),
      row({ kind: 'aws_ec2_route_table' }, 7),
      row({ kind: 'aws_ec2_instance' }, 6),
      row({ kind: 'aws_ec2_security_group' }, 6),
    ],
  ),
  rows(
    'rows sorted by value, null last',
    search(VOLUMES, {
      aggregate: over('max', data('Size'), field('account'), data('VolumeType')),
      sort: [{ value: true }],
    }),
    [
      row({ account: ACCOUNT_B, 'data.VolumeType': 'gp3' }, 1),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'standard' }, 16),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'gp3' }, 20),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'gp2' }, 100),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'io1' }, 500),
      row({ account: ACCOUNT_A, 'data.VolumeType': 'io2' }, 2000),
      row({ account: ACCOUNT_B, 'data.VolumeType': 'gp2' }, null),
    ],
  ),
  rows(
    'rows sorted by a group field descending',
    search(ALL, { aggregate: count(field('region')), sort: [{ path: field('region'), descending: true }] }),
    [row({ region: US }, 32), row({ region: EU }, 12)],
  ),
];

const changes = (name: string, query: ChangeSearch, expected: string[], unordered = false): ChangeCase => ({
  name,
  query,
  changes: expected,
  ...(unordered ? { unordered } : {}),
});
const inChanges = (
  filter: Parameters<typeof search>[0],
  rest: Omit<ChangeSearch, 'target' | 'filter'> = {},
): ChangeSearch => ({
  target: 'changes',
  filter,
  ...rest,
});
const change = (name: 'change' | 'kind' | 'uid' | 'sync_id' | 'at') => field(name);

export function changeCases(estate: SeededEstate): ChangeCase[] {
  const second = [
    'created:i-new',
    'created:sg-ipv6',
    'updated:vol-8',
    'updated:i-web-2',
    'updated:i-db-1',
    'deleted:i-gone',
    'deleted:vol-gone',
  ];
  return [
    changes(
      'deleted',
      inChanges(cmp(change('change'), 'eq', str('deleted'))),
      ['deleted:i-gone', 'deleted:vol-gone'],
      true,
    ),
    changes('updated, in recorded order', inChanges(cmp(change('change'), 'eq', str('updated'))), [
      'updated:vol-8',
      'updated:i-web-2',
      'updated:i-db-1',
    ]),
    changes(
      'kind and change in',
      inChanges(
        and(
          cmp(change('kind'), 'eq', str('aws_ec2_volume')),
          cmp(change('change'), 'in', [str('updated'), str('deleted')]),
        ),
      ),
      ['updated:vol-8', 'deleted:vol-gone'],
    ),
    changes('is on changes', inChanges(and(is('aws_ec2_vpc'))), ['created:vpc-main', 'created:vpc-eu'], true),
    changes(
      'since is inclusive of the second sync',
      inChanges(ALL, { since: time(estate.betweenSyncs) }),
      second,
      true,
    ),
    changes(
      'since and a change filter',
      inChanges(cmp(change('change'), 'eq', str('created')), { since: time(estate.betweenSyncs) }),
      ['created:i-new', 'created:sg-ipv6'],
      true,
    ),
    changes(
      'until is exclusive: the first sync only',
      inChanges(cmp(change('change'), 'ne', str('created')), { until: time(estate.betweenSyncs) }),
      [],
    ),
    changes('since after everything', inChanges(ALL, { since: time(estate.afterSecond) }), []),
    changes('until before everything', inChanges(ALL, { until: time(estate.beforeFirst) }), []),
    changes('at as a field', inChanges(cmp(change('at'), 'gte', time(estate.betweenSyncs))), second, true),
    changes('sync_id', inChanges(cmp(change('sync_id'), 'eq', str('sync-2'))), second, true),
    changes('one uid through both syncs', inChanges(cmp(change('uid'), 'eq', str(uidOf('vol-8')))), [
      'created:vol-8',
      'updated:vol-8',
    ]),
    changes(
      'sorted by uid',
      inChanges(cmp(change('change'), 'eq', str('updated')), { sort: [{ path: change('uid') }] }),
      ['updated:i-db-1', 'updated:i-web-2', 'updated:vol-8'],
    ),
    changes(
      'sorted by uid descending, limited',
      inChanges(cmp(change('change'), 'eq', str('updated')), {
        sort: [{ path: change('uid'), descending: true }],
        limit: 2,
      }),
      ['updated:vol-8', 'updated:i-web-2'],
    ),
    changes('limited in recorded order', inChanges(cmp(change('change'), 'eq', str('updated')), { limit: 1 }), [
      'updated:vol-8',
    ]),
    changes(
      'tags and data are missing on a change',
      inChanges(or(cmp(tag('Env'), 'exists'), cmp(data('Size'), 'exists'))),
      [],
    ),
  ];
}

const changeRows = (name: string, query: ChangeRowCase['query'], expected: SearchRow[]): ChangeRowCase => ({
  name,
  query,
  rows: expected,
});

export function changeRowCases(estate: SeededEstate): ChangeRowCase[] {
  return [
    changeRows('count by change', { ...inChanges(ALL), aggregate: count(change('change')) }, [
      row({ change: 'created' }, 46),
      row({ change: 'deleted' }, 2),
      row({ change: 'updated' }, 3),
    ]),
    changeRows(
      'count by change since',
      { ...inChanges(ALL, { since: time(estate.betweenSyncs) }), aggregate: count(change('change')) },
      [row({ change: 'created' }, 2), row({ change: 'deleted' }, 2), row({ change: 'updated' }, 3)],
    ),
    changeRows(
      'count by kind of the deleted',
      { ...inChanges(cmp(change('change'), 'eq', str('deleted'))), aggregate: count(change('kind')) },
      [row({ kind: 'aws_ec2_instance' }, 1), row({ kind: 'aws_ec2_volume' }, 1)],
    ),
    changeRows('count of all changes', { ...inChanges(ALL), aggregate: count() }, [row({}, 51)]),
    changeRows(
      'count by sync, sorted by value',
      { ...inChanges(ALL), aggregate: count(change('sync_id')), sort: [{ value: true }] },
      [row({ sync_id: 'sync-2' }, 7), row({ sync_id: 'sync-1' }, 44)],
    ),
  ];
}

/** The resource cases by theme (each theme runs as one test over one seeded store). */
export function resourceCaseGroups(): Record<string, ResourceCase[]> {
  return {
    operators: OPERATOR_CASES,
    paths: PATH_CASES,
    booleans: BOOLEAN_CASES,
    'tags and fields': TAG_AND_FIELD_CASES,
    times: TIME_CASES,
    traversal: TRAVERSAL_CASES,
    with: WITH_CASES,
    'with and steps': WITH_AND_STEPS_CASES,
    sort: SORT_CASES,
    limit: LIMIT_CASES,
  };
}
