import { describe, expect, it } from '@jest/globals';
import type { ChangeRecord, StoredResource } from '../graph-store.js';
import { matchesChange, matchesPredicate, valuesAt } from './evaluate-search.js';
import type { ComparisonOperator, FieldPath, Literal, PathSegment, Predicate } from './search-query.js';

const base: StoredResource = {
  uid: 'aws:1:us-east-1:aws_ec2_instance:i-1',
  id: 'i-1',
  kind: 'aws_ec2_instance',
  name: 'web',
  tags: { Env: 'prod', 'a.b': 'dotted', 'it"s': 'quoted', empty: '', constructor: 'own' },
  createdAt: '2024-05-01T10:00:00.000Z',
  cloud: 'aws',
  account: '111111111111',
  region: 'us-east-1',
  serviceGroup: 'EC2',
  type: 't3.micro',
  firstSeen: '2024-06-01T00:00:00.000Z',
  lastSeen: '2024-06-02T00:00:00.000Z',
  lastSyncId: 'sync-2',
  data: {
    State: { Name: 'running', Code: 16 },
    Count: 10,
    CountText: '10',
    Ratio: 0.5,
    Enabled: true,
    Nothing: null,
    Empty: [],
    Scalar: 'not an array',
    Sizes: [1, 5, 9],
    Mixed: [1, '1', true, null, { a: 1 }],
    'key.with.dots': 'dots',
    'quote"key': 'quote',
    Perms: [
      { FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.0.0.0/8' }, { CidrIp: '0.0.0.0/0' }] },
      { FromPort: 443, ToPort: 443, IpRanges: [] },
    ],
    Launched: '2024-05-01T12:00:00+02:00',
    LaunchedLocal: '2024-05-01T10:00:00',
    Day: '2024-05-01',
    Nanos: '2024-05-01T10:00:00.123456789Z',
    NotADate: '2024-02-30',
    Unicode: 'é😀',
    Text: 'Hello World\nsecond line',
  },
};

const at = (...segments: (string | number | 'any' | 'all' | 'none')[]): FieldPath => ({
  root: 'data',
  segments: segments.map((segment): PathSegment =>
    typeof segment === 'number'
      ? { index: segment }
      : segment === 'any' || segment === 'all' || segment === 'none'
        ? { quantifier: segment }
        : { key: segment },
  ),
});
const field = (name: Extract<FieldPath, { root: 'field' }>['name']): FieldPath => ({ root: 'field', name });
const tag = (key: string): FieldPath => ({ root: 'tag', key });
const str = (value: string): Literal => ({ type: 'string', value });
const num = (value: number): Literal => ({ type: 'number', value });
const bool = (value: boolean): Literal => ({ type: 'boolean', value });
const time = (value: string): Literal => ({ type: 'time', value });
const cmp = (path: FieldPath, op: ComparisonOperator, value?: Literal | Literal[]): Predicate => ({
  type: 'compare',
  path,
  op,
  ...(value === undefined ? {} : { value }),
});
const matches = (predicate: Predicate, resource: StoredResource = base) => matchesPredicate(resource, predicate);

describe('matchesPredicate', () => {
  it('combines terms with and / or / not, empty and true, empty or false', () => {
    const yes = cmp(field('name'), 'eq', str('web'));
    const no = cmp(field('name'), 'eq', str('db'));
    expect(matches({ type: 'all' })).toBe(true);
    expect(matches({ type: 'and', terms: [] })).toBe(true);
    expect(matches({ type: 'or', terms: [] })).toBe(false);
    expect(matches({ type: 'and', terms: [yes, no] })).toBe(false);
    expect(matches({ type: 'or', terms: [no, yes] })).toBe(true);
    expect(matches({ type: 'not', term: no })).toBe(true);
    expect(matches({ type: 'not', term: { type: 'or', terms: [no, { type: 'not', term: yes }] } })).toBe(true);
  });

  it('keeps the kinds of an is list', () => {
    expect(matches({ type: 'is', kinds: ['aws_ec2_volume', 'aws_ec2_instance'] })).toBe(true);
    expect(matches({ type: 'is', kinds: ['aws_ec2_volume'] })).toBe(false);
    expect(matches({ type: 'is', kinds: [] })).toBe(false);
  });

  it('throws on with: the store evaluates it', () => {
    expect(() => matches({ type: 'with', count: { op: 'eq', value: 0 }, steps: [{ direction: 'out' }] })).toThrow(
      /with/,
    );
  });

  it('reads the core fields from the stored resource', () => {
    expect(matches(cmp(field('uid'), 'eq', str(base.uid)))).toBe(true);
    expect(matches(cmp(field('id'), 'eq', str('i-1')))).toBe(true);
    expect(matches(cmp(field('kind'), 'eq', str('aws_ec2_instance')))).toBe(true);
    expect(matches(cmp(field('cloud'), 'eq', str('aws')))).toBe(true);
    expect(matches(cmp(field('account'), 'eq', str('111111111111')))).toBe(true);
    expect(matches(cmp(field('account'), 'eq', num(111111111111)))).toBe(false);
    expect(matches(cmp(field('region'), 'glob', str('us-*')))).toBe(true);
    expect(matches(cmp(field('service_group'), 'eq', str('EC2')))).toBe(true);
    expect(matches(cmp(field('type'), 'eq', str('t3.micro')))).toBe(true);
    expect(matches(cmp(field('created_at'), 'eq', time('2024-05-01T10:00:00Z')))).toBe(true);
    expect(matches(cmp(field('first_seen'), 'gte', time('2024-06-01')))).toBe(true);
    expect(matches(cmp(field('last_seen'), 'gt', time('2024-06-01T23:59:59.999Z')))).toBe(true);
    expect(matches(cmp(field('updated_at'), 'missing'))).toBe(true);
    expect(matches(cmp(field('orphaned_since'), 'missing'))).toBe(true);
    expect(matches(cmp(field('orphaned_since'), 'ne', str('x')))).toBe(false);
    expect(matches(cmp(field('orphaned_since'), 'exists'), { ...base, orphanedSince: '2024-07-01T00:00:00Z' })).toBe(
      true,
    );
    expect(() => matches(cmp(field('age'), 'gt', { type: 'duration', seconds: 1 }))).toThrow(/age/);
  });

  it('reads tags by exact key, own keys only', () => {
    expect(matches(cmp(tag('Env'), 'eq', str('prod')))).toBe(true);
    expect(matches(cmp(tag('env'), 'exists'))).toBe(false);
    expect(matches(cmp(tag('a.b'), 'eq', str('dotted')))).toBe(true);
    expect(matches(cmp(tag('it"s'), 'eq', str('quoted')))).toBe(true);
    expect(matches(cmp(tag('empty'), 'exists'))).toBe(true);
    expect(matches(cmp(tag('empty'), 'eq', str('')))).toBe(true);
    expect(matches(cmp(tag('constructor'), 'eq', str('own')))).toBe(true);
    expect(matches(cmp(tag('toString'), 'exists'))).toBe(false);
    expect(matches(cmp(tag('__proto__'), 'exists'))).toBe(false);
  });

  it('compares eq / ne / in / not_in by the literal type; ne and not_in on present values only', () => {
    expect(matches(cmp(at('Count'), 'eq', num(10)))).toBe(true);
    expect(matches(cmp(at('Count'), 'eq', str('10')))).toBe(false);
    expect(matches(cmp(at('CountText'), 'eq', str('10')))).toBe(true);
    expect(matches(cmp(at('CountText'), 'eq', num(10)))).toBe(false);
    expect(matches(cmp(at('Enabled'), 'eq', bool(true)))).toBe(true);
    expect(matches(cmp(at('Enabled'), 'eq', str('true')))).toBe(false);
    expect(matches(cmp(at('Enabled'), 'ne', bool(false)))).toBe(true);
    expect(matches(cmp(at('Count'), 'ne', str('10')))).toBe(true);
    expect(matches(cmp(at('Count'), 'ne', num(10)))).toBe(false);
    expect(matches(cmp(at('State'), 'ne', str('running')))).toBe(true);
    expect(matches(cmp(at('Nothing'), 'ne', num(1)))).toBe(false);
    expect(matches(cmp(at('Absent'), 'ne', num(1)))).toBe(false);
    expect(matches(cmp(at('Count'), 'in', [str('10'), num(10)]))).toBe(true);
    expect(matches(cmp(at('Count'), 'in', [str('10'), num(11)]))).toBe(false);
    expect(matches(cmp(at('Count'), 'in', []))).toBe(false);
    expect(matches(cmp(at('Count'), 'not_in', [str('10'), num(11)]))).toBe(true);
    expect(matches(cmp(at('Count'), 'not_in', [num(10)]))).toBe(false);
    expect(matches(cmp(at('Count'), 'not_in', []))).toBe(true);
    expect(matches(cmp(at('Nothing'), 'not_in', [num(1)]))).toBe(false);
    expect(matches(cmp(at('Absent'), 'not_in', []))).toBe(false);
    expect(matches(cmp(at('Ratio'), 'eq', num(0.5)))).toBe(true);
    expect(matches(cmp(at('Day'), 'eq', time('2024-05-01T00:00:00Z')))).toBe(true);
    expect(matches(cmp(at('Day'), 'eq', str('2024-05-01T00:00:00Z')))).toBe(false);
    expect(matches(cmp(at('Day'), 'ne', time('2024-05-01T00:00:00+00:00')))).toBe(false);
    expect(matches(cmp(at('Count'), 'ne', time('2024-05-01')))).toBe(true);
    expect(matches(cmp(at('Day'), 'in', [time('2024-05-02'), time('2024-05-01')]))).toBe(true);
  });

  it('orders numbers numerically and text by code point, never across types', () => {
    expect(matches(cmp(at('Count'), 'gt', num(9)))).toBe(true);
    expect(matches(cmp(at('Count'), 'gte', num(10)))).toBe(true);
    expect(matches(cmp(at('Count'), 'lt', num(10)))).toBe(false);
    expect(matches(cmp(at('Count'), 'lte', num(10)))).toBe(true);
    expect(matches(cmp(at('Count'), 'lt', num(100)))).toBe(true);
    expect(matches(cmp(at('CountText'), 'lt', str('9')))).toBe(true);
    expect(matches(cmp(at('CountText'), 'lt', num(100)))).toBe(false);
    expect(matches(cmp(at('Count'), 'lt', str('9')))).toBe(false);
    expect(matches(cmp(at('Ratio'), 'lt', num(1)))).toBe(true);
    expect(matches(cmp(at('Enabled'), 'gt', bool(false)))).toBe(false);
    expect(matches(cmp(at('State'), 'gt', str('')))).toBe(false);
    expect(matches(cmp(field('name'), 'gt', str('Web')))).toBe(true);
    // U+FF5E (a UTF-16 unit above the surrogates) sorts before U+1F600 by code point, after it by UTF-16 unit.
    const wide = { ...base, data: { Unicode: '\uff5e' } };
    expect(matches(cmp(at('Unicode'), 'lt', str('😀')), wide)).toBe(true);
    expect(matches(cmp(at('Unicode'), 'gt', str('😀')), wide)).toBe(false);
    expect(matches(cmp(at('Unicode'), 'gt', str('é')))).toBe(true);
    expect(matches(cmp(at('Unicode'), 'gt', str('é\uffff')))).toBe(true);
  });

  it('compares times as instants over dates and date-times with offsets, fractions or no zone', () => {
    expect(matches(cmp(at('Launched'), 'eq', time('2024-05-01T10:00:00Z')))).toBe(true);
    expect(matches(cmp(at('Launched'), 'lt', time('2024-05-01T11:00:00+01:00')))).toBe(false);
    expect(matches(cmp(at('Launched'), 'lte', time('2024-05-01T11:00:00+01:00')))).toBe(true);
    expect(matches(cmp(at('LaunchedLocal'), 'eq', time('2024-05-01T10:00:00.000Z')))).toBe(true);
    expect(matches(cmp(at('LaunchedLocal'), 'gt', time('2024-05-01T05:59:59-04:00')))).toBe(true);
    expect(matches(cmp(at('Day'), 'lt', time('2024-05-01T00:00:00.000000001Z')))).toBe(true);
    expect(matches(cmp(at('Day'), 'gte', time('2024-05-01')))).toBe(true);
    expect(matches(cmp(at('Nanos'), 'gt', time('2024-05-01T10:00:00.123456788Z')))).toBe(true);
    expect(matches(cmp(at('Nanos'), 'lt', time('2024-05-01T10:00:00.12345679Z')))).toBe(true);
    expect(matches(cmp(at('Nanos'), 'gt', time('2024-05-01T10:00:00.123Z')))).toBe(true);
    // Not times: no operator with a time literal matches them (but ne, on any present value).
    for (const key of ['NotADate', 'Count', 'Text', 'State'])
      for (const op of ['eq', 'lt', 'lte', 'gt', 'gte'] as const)
        expect(matches(cmp(at(key), op, time('2024-05-01')))).toBe(false);
    expect(matches(cmp(at('NotADate'), 'ne', time('2024-05-01')))).toBe(true);
    // The same text compared as a string is ordered by code point, not as an instant.
    expect(matches(cmp(at('Launched'), 'gt', str('2024-05-01T10:00:00Z')))).toBe(true);
  });

  it('accepts exactly the ISO-8601 forms of the model', () => {
    const dated = (text: string) => ({ ...base, data: { At: text } });
    const isTime = (text: string) =>
      matches(
        { type: 'or', terms: [cmp(at('At'), 'lt', time('2000-01-01')), cmp(at('At'), 'gte', time('2000-01-01'))] },
        dated(text),
      );
    for (const text of [
      '2024-05-01',
      '2024-02-29',
      '2000-02-29',
      '2024-05-01T10:00:00',
      '2024-05-01T10:00:00Z',
      '2024-05-01T10:00:00.1Z',
      '2024-05-01T10:00:00.123456789+05:30',
      '2024-05-01T23:59:59-18:00',
      '2024-05-01T10:00',
      '2024-05-01T10:00Z',
      '2024-05-01T10:00+23:59',
      '0000-01-01T00:00:00+23:59',
      '9999-12-31T23:59:59-23:59',
    ])
      expect([text, isTime(text)]).toEqual([text, true]);
    for (const text of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-00-10',
      '2024-05-01T24:00:00Z',
      '2024-05-01T10:60:00Z',
      '2024-05-01T10:00:60Z',
      '2024-05-01T10Z',
      '2024-05-01T10:00.5Z',
      '2024-05-01 10:00:00Z',
      '2024-05-01t10:00:00z',
      '2024-05-01T10:00:00.Z',
      '2024-05-01T10:00:00.1234567890Z',
      '2024-05-01T10:00:00+24:00',
      '2024-05-01T10:00:00+02:60',
      '2024-05-01T10:00:00+0200',
      '20240501',
      '2024-5-1',
      ' 2024-05-01',
      '2024-05-01\n',
    ])
      expect([text, isTime(text)]).toEqual([text, false]);
    expect(matches(cmp(at('At'), 'lt', time('1970-01-01')), dated('1969-12-31T23:59:59.999Z'))).toBe(true);
    expect(matches(cmp(at('At'), 'gt', time('1999-12-31T23:59:59Z')), dated('2000-01-01'))).toBe(true);
    expect(matches(cmp(at('At'), 'eq', time('2024-05-01T10:00:00.000Z')), dated('2024-05-01T10:00'))).toBe(true);
    expect(matches(cmp(at('At'), 'eq', time('2024-05-01T00:00:00Z')), dated('2024-05-01T23:30+23:30'))).toBe(true);
  });

  it('finds text with contains, matches (unanchored, flags su: . matches a line break) and glob (whole text)', () => {
    expect(matches(cmp(at('Text'), 'contains', str('World')))).toBe(true);
    expect(matches(cmp(at('Text'), 'contains', str('world')))).toBe(false);
    expect(matches(cmp(at('Text'), 'contains', str('')))).toBe(true);
    expect(matches(cmp(at('Count'), 'contains', str('1')))).toBe(false);
    expect(matches(cmp(at('Text'), 'matches', str('o W')))).toBe(true);
    expect(matches(cmp(at('Text'), 'matches', str('^second')))).toBe(false);
    expect(matches(cmp(at('Text'), 'matches', str('line$')))).toBe(true);
    expect(matches(cmp(at('Text'), 'matches', str('World.second')))).toBe(true);
    expect(matches(cmp(at('Text'), 'matches', str('^H[a-z]+ \\w+\\s')))).toBe(true);
    expect(matches(cmp(at('Text'), 'matches', str('hello')))).toBe(false);
    expect(matches(cmp(at('CountText'), 'matches', str('^\\d+$')))).toBe(true);
    expect(matches(cmp(at('Count'), 'matches', str('1')))).toBe(false);
    expect(matches(cmp(at('Text'), 'glob', str('Hello*')))).toBe(true);
    expect(matches(cmp(at('Text'), 'glob', str('*line')))).toBe(true);
    expect(matches(cmp(at('Text'), 'glob', str('Hello')))).toBe(false);
    expect(matches(cmp(at('Text'), 'glob', str('hello*')))).toBe(false);
    expect(matches(cmp(at('Text'), 'glob', str('Hello?World*')))).toBe(true);
    expect(matches(cmp(at('Unicode'), 'glob', str('é?')))).toBe(true);
    expect(matches(cmp(at('Unicode'), 'glob', str('??')))).toBe(true);
    expect(matches(cmp(at('Unicode'), 'glob', str('???')))).toBe(false);
    const odd = { ...base, data: { Text: 'a.b[c]+(d)^$|{1}\\' } };
    expect(matches(cmp(at('Text'), 'glob', str('a.b[c]+(d)^$|{1}\\')), odd)).toBe(true);
    expect(matches(cmp(at('Text'), 'glob', str('a?b[c]*')), odd)).toBe(true);
    expect(matches(cmp(at('Text'), 'glob', str('axb*')), odd)).toBe(false);
    expect(matches(cmp(at('Text'), 'glob', str('*')), { ...base, data: { Text: '' } })).toBe(true);
  });

  it('tells exists from missing: null is missing and matches nothing else', () => {
    expect(matches(cmp(at('Count'), 'exists'))).toBe(true);
    expect(matches(cmp(at('Count'), 'missing'))).toBe(false);
    expect(matches(cmp(at('Nothing'), 'exists'))).toBe(false);
    expect(matches(cmp(at('Nothing'), 'missing'))).toBe(true);
    expect(matches(cmp(at('Absent'), 'missing'))).toBe(true);
    expect(matches(cmp(at('Empty'), 'exists'))).toBe(true);
    expect(matches(cmp(at('Nothing'), 'eq', str('null')))).toBe(false);
    for (const op of ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'contains', 'matches', 'glob'] as const)
      expect(matches(cmp(at('Nothing'), op, str('')))).toBe(false);
    expect(matches(cmp(at(), 'exists'))).toBe(true);
  });

  it('walks keys with odd characters and array indexes; a key or index on the wrong value is missing', () => {
    expect(matches(cmp(at('State', 'Name'), 'eq', str('running')))).toBe(true);
    expect(matches(cmp(at('key.with.dots'), 'eq', str('dots')))).toBe(true);
    expect(matches(cmp(at('key', 'with', 'dots'), 'exists'))).toBe(false);
    expect(matches(cmp(at('quote"key'), 'eq', str('quote')))).toBe(true);
    expect(matches(cmp(at('Sizes', 1), 'eq', num(5)))).toBe(true);
    expect(matches(cmp(at('Sizes', 3), 'missing'))).toBe(true);
    expect(matches(cmp(at('Perms', 0, 'IpRanges', 1, 'CidrIp'), 'eq', str('0.0.0.0/0')))).toBe(true);
    expect(matches(cmp(at('Sizes', 'length'), 'exists'))).toBe(false);
    expect(matches(cmp(at('Sizes', '0'), 'exists'))).toBe(false);
    expect(matches(cmp(at('State', 0), 'exists'))).toBe(false);
    expect(matches(cmp(at('Scalar', 'length'), 'exists'))).toBe(false);
    expect(matches(cmp(at('Scalar', 0), 'exists'))).toBe(false);
    expect(matches(cmp(at('Count', 'x'), 'missing'))).toBe(true);
    expect(matches(cmp(at('State', 'constructor'), 'exists'))).toBe(false);
    expect(matches(cmp(at('State', '__proto__'), 'exists'))).toBe(false);
  });

  it('applies the rest of the path to each element under any / all / none', () => {
    const cidr = at('Perms', 'any', 'IpRanges', 'any', 'CidrIp');
    expect(matches(cmp(cidr, 'eq', str('0.0.0.0/0')))).toBe(true);
    expect(matches(cmp(cidr, 'eq', str('192.168.0.0/16')))).toBe(false);
    expect(matches(cmp(at('Perms', 'any', 'FromPort'), 'eq', num(443)))).toBe(true);
    expect(matches(cmp(at('Perms', 'all', 'FromPort'), 'lte', num(443)))).toBe(true);
    expect(matches(cmp(at('Perms', 'all', 'FromPort'), 'eq', num(22)))).toBe(false);
    expect(matches(cmp(at('Perms', 'none', 'FromPort'), 'eq', num(80)))).toBe(true);
    expect(matches(cmp(at('Perms', 'none', 'FromPort'), 'eq', num(22)))).toBe(false);
    // every permission has some range: the second's is empty
    expect(matches(cmp(at('Perms', 'all', 'IpRanges', 'any', 'CidrIp'), 'exists'))).toBe(false);
    // the empty array: all and none hold, any does not
    expect(matches(cmp(at('Empty', 'any'), 'exists'))).toBe(false);
    expect(matches(cmp(at('Empty', 'all'), 'eq', str('anything')))).toBe(true);
    expect(matches(cmp(at('Empty', 'none'), 'exists'))).toBe(true);
    expect(matches(cmp(at('Perms', 'any', 'IpRanges', 'all', 'CidrIp'), 'eq', str('nothing')))).toBe(true);
    // a value that is not an array matches no quantifier, not even none or missing
    for (const key of ['Scalar', 'State', 'Count', 'Nothing', 'Absent'])
      for (const quantifier of ['any', 'all', 'none'] as const) {
        expect(matches(cmp(at(key, quantifier), 'missing'))).toBe(false);
        expect(matches(cmp(at(key, quantifier), 'exists'))).toBe(false);
      }
    // elements of every type, compared by the literal's type
    expect(matches(cmp(at('Mixed', 'any'), 'eq', str('1')))).toBe(true);
    expect(matches(cmp(at('Mixed', 'any'), 'eq', bool(true)))).toBe(true);
    expect(matches(cmp(at('Mixed', 'any'), 'missing'))).toBe(true);
    expect(matches(cmp(at('Mixed', 'all'), 'exists'))).toBe(false);
    expect(matches(cmp(at('Mixed', 'any', 'a'), 'eq', num(1)))).toBe(true);
    expect(matches(cmp(at('Mixed', 'all', 'a'), 'missing'))).toBe(false);
    expect(matches(cmp(at('Mixed', 'none', 'a'), 'gt', num(1)))).toBe(true);
    expect(matches(cmp(at('Sizes', 'all'), 'gt', num(0)))).toBe(true);
    expect(matches(cmp(at('Sizes', 'any'), 'in', [num(9), num(100)]))).toBe(true);
    expect(matches(cmp(at('Sizes', 'all'), 'not_in', [num(5)]))).toBe(false);
    expect(matches(cmp(at('Sizes', 'none'), 'ne', num(1)))).toBe(false);
  });
});

describe('valuesAt', () => {
  it('reads core fields, tags and data, undefined when missing or null', () => {
    expect(valuesAt(base, field('service_group'))).toBe('EC2');
    expect(valuesAt(base, field('first_seen'))).toBe(base.firstSeen);
    expect(valuesAt(base, field('updated_at'))).toBeUndefined();
    expect(valuesAt(base, tag('Env'))).toBe('prod');
    expect(valuesAt(base, tag('Owner'))).toBeUndefined();
    expect(valuesAt(base, at('State', 'Name'))).toBe('running');
    expect(valuesAt(base, at('State'))).toEqual({ Name: 'running', Code: 16 });
    expect(valuesAt(base, at('Sizes', 2))).toBe(9);
    expect(valuesAt(base, at('Nothing'))).toBeUndefined();
    expect(valuesAt(base, at('Scalar', 'x'))).toBeUndefined();
    expect(valuesAt(base, at('Enabled'))).toBe(true);
  });

  it('refuses a quantifier', () => {
    expect(() => valuesAt(base, at('Sizes', 'any'))).toThrow(/quantifier/);
  });
});

describe('matchesChange', () => {
  const change: ChangeRecord = {
    syncId: 'sync-2',
    uid: 'u-1',
    kind: 'aws_ec2_volume',
    name: 'data',
    cloud: 'aws',
    account: '111111111111',
    region: 'eu-west-1',
    change: 'deleted',
    at: '2024-06-02T00:00:00.000Z',
  };

  it('reads the change fields; tags and data are missing', () => {
    expect(matchesChange(change, cmp(field('sync_id' as never), 'eq', str('sync-2')))).toBe(true);
    expect(matchesChange(change, cmp(field('change' as never), 'in', [str('created'), str('deleted')]))).toBe(true);
    expect(matchesChange(change, cmp(field('at' as never), 'lt', time('2024-06-02T00:00:01Z')))).toBe(true);
    expect(matchesChange(change, { type: 'is', kinds: ['aws_ec2_volume'] })).toBe(true);
    expect(matchesChange(change, cmp(tag('Env'), 'missing'))).toBe(true);
    expect(matchesChange(change, cmp(at('Size'), 'exists'))).toBe(false);
  });
});
