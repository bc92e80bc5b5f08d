import { describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '../errors.js';
import { parseSearch } from './parse-search.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type { Comparison, FieldPath, Literal, PathSegment, Predicate, ResourceSearch } from './search-query.js';
import { SearchSyntaxError } from './search-syntax-error.js';

const filterOf = (text: string): Predicate => parseSearch(text).filter;
const comparisonOf = (text: string) => filterOf(text) as Comparison;
const valueOf = (text: string) => comparisonOf(text).value;
const field = (name: string) => ({ root: 'field', name }) as FieldPath;
const data = (...segments: PathSegment[]): FieldPath => ({ root: 'data', segments });
const str = (value: string): Literal => ({ type: 'string', value });
const num = (value: number): Literal => ({ type: 'number', value });

function syntaxError(text: string): SearchSyntaxError {
  try {
    parseSearch(text);
  } catch (error) {
    if (error instanceof SearchSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseSearch: predicates', () => {
  it('reads is, all, and, or, not and parentheses, and binding tighter than or', () => {
    expect(filterOf('all')).toEqual({ type: 'all' });
    expect(filterOf('is(aws_ec2_volume)')).toEqual({ type: 'is', kinds: ['aws_ec2_volume'] });
    expect(filterOf('is(instance, aws_s3_bucket)')).toEqual({ type: 'is', kinds: ['instance', 'aws_s3_bucket'] });
    expect(filterOf('is(a) or is(b) and not is(c)')).toEqual({
      type: 'or',
      terms: [
        { type: 'is', kinds: ['a'] },
        {
          type: 'and',
          terms: [
            { type: 'is', kinds: ['b'] },
            { type: 'not', term: { type: 'is', kinds: ['c'] } },
          ],
        },
      ],
    });
    expect(filterOf('(is(a) or is(b)) and all')).toEqual({
      type: 'and',
      terms: [
        {
          type: 'or',
          terms: [
            { type: 'is', kinds: ['a'] },
            { type: 'is', kinds: ['b'] },
          ],
        },
        { type: 'all' },
      ],
    });
    expect(filterOf('not not all')).toEqual({ type: 'not', term: { type: 'not', term: { type: 'all' } } });
  });

  it.each<[string, Comparison['op'], Literal | Literal[] | undefined]>([
    ['name = web', 'eq', str('web')],
    ['name == "web"', 'eq', str('web')],
    ['name != web', 'ne', str('web')],
    ['name < m', 'lt', str('m')],
    ['name <= 10', 'lte', num(10)],
    ['name > -2.5', 'gt', num(-2.5)],
    ['name >= 1e3', 'gte', num(1000)],
    ['name in [a, 2, true, "x y"]', 'in', [str('a'), num(2), { type: 'boolean', value: true }, str('x y')]],
    ['name not in [a]', 'not_in', [str('a')]],
    ['name contains prod', 'contains', str('prod')],
    ['name contains 10', 'contains', str('10')],
    ['name ~ "^web-[0-9]+$"', 'matches', str('^web-[0-9]+$')],
    ['name like web-*', 'glob', str('web-*')],
    ['name like "web-??"', 'glob', str('web-??')],
    ['name exists', 'exists', undefined],
    ['name missing', 'missing', undefined],
  ])('reads %j', (text, op, value) => {
    expect(comparisonOf(text)).toEqual({ type: 'compare', path: field('name'), op, ...(value ? { value } : {}) });
  });

  it('reads literals by the operator before them', () => {
    expect(valueOf('name = "10"')).toEqual(str('10'));
    expect(valueOf('name = false')).toEqual({ type: 'boolean', value: false });
    expect(valueOf("name = 'it\\'s \\u00e9\\n'")).toEqual(str("it's é\n"));
    expect(valueOf('name = 10.0.0.0/8')).toEqual(str('10.0.0.0/8'));
    expect(valueOf('name = 2024-05-01')).toEqual(str('2024-05-01'));
    expect(valueOf('created_at < 2024-05-01')).toEqual({ type: 'time', value: '2024-05-01' });
    expect(valueOf('created_at >= 2024-05-01T10:00:00.5+02:00')).toEqual({
      type: 'time',
      value: '2024-05-01T10:00:00.5+02:00',
    });
    expect(valueOf('created_at < now')).toEqual({ type: 'relative_time', offsetSeconds: 0 });
    expect(valueOf('created_at < now-90d')).toEqual({ type: 'relative_time', offsetSeconds: -90 * 86_400 });
    expect(valueOf('created_at < now+1h')).toEqual({ type: 'relative_time', offsetSeconds: 3600 });
    expect(valueOf('created_at < -1d12h')).toEqual({ type: 'relative_time', offsetSeconds: -129_600 });
    expect(valueOf('created_at<-1w')).toEqual({ type: 'relative_time', offsetSeconds: -604_800 });
    expect(comparisonOf('age > 90d')).toEqual({
      type: 'compare',
      path: field('age'),
      op: 'gt',
      value: { type: 'duration', seconds: 7_776_000 },
    });
  });

  it('reads tag and data paths', () => {
    expect(comparisonOf('tags.team = a').path).toEqual({ root: 'tag', key: 'team' });
    expect(comparisonOf('tags["aws:cloudformation:stack-name"] exists').path).toEqual({
      root: 'tag',
      key: 'aws:cloudformation:stack-name',
    });
    expect(comparisonOf('data.State.Name = running').path).toEqual(data({ key: 'State' }, { key: 'Name' }));
    expect(comparisonOf('data["weird key"].x = 1').path).toEqual(data({ key: 'weird key' }, { key: 'x' }));
    expect(comparisonOf('data.Items[0] exists').path).toEqual(data({ key: 'Items' }, { index: 0 }));
    expect(comparisonOf('data.IpPermissions[any].IpRanges[any].CidrIp = "0.0.0.0/0"').path).toEqual(
      data(
        { key: 'IpPermissions' },
        { quantifier: 'any' },
        { key: 'IpRanges' },
        { quantifier: 'any' },
        { key: 'CidrIp' },
      ),
    );
    expect(comparisonOf('data.A[all].B[none] = 1').path).toEqual(
      data({ key: 'A' }, { quantifier: 'all' }, { key: 'B' }, { quantifier: 'none' }),
    );
  });

  it('reads with conditions anywhere a predicate goes, and after a predicate without "and" as Fix Inventory does', () => {
    const attached = {
      direction: 'out',
      edgeTypes: ['attached_to'],
      filter: { type: 'is', kinds: ['aws_ec2_instance'] },
    };
    expect(filterOf('is(aws_ec2_volume) and age > 90d with(empty, -[attached_to]-> is(aws_ec2_instance))')).toEqual({
      type: 'and',
      terms: [
        { type: 'is', kinds: ['aws_ec2_volume'] },
        { type: 'compare', path: field('age'), op: 'gt', value: { type: 'duration', seconds: 7_776_000 } },
        { type: 'with', count: { op: 'eq', value: 0 }, steps: [attached] },
      ],
    });
    expect(filterOf('with(any, <-- is(x))')).toEqual({
      type: 'with',
      count: { op: 'gte', value: 1 },
      steps: [{ direction: 'in', filter: { type: 'is', kinds: ['x'] } }],
    });
    expect(filterOf('not with(count >= 2, --> <-->)')).toEqual({
      type: 'not',
      term: { type: 'with', count: { op: 'gte', value: 2 }, steps: [{ direction: 'out' }, { direction: 'both' }] },
    });
    expect(filterOf('with(count != 3, --> with(empty, <--))')).toEqual({
      type: 'with',
      count: { op: 'ne', value: 3 },
      steps: [
        { direction: 'out', filter: { type: 'with', count: { op: 'eq', value: 0 }, steps: [{ direction: 'in' }] } },
      ],
    });
  });
});

describe('parseSearch: steps and pipes', () => {
  it('reads steps with edge types, depths and filters; the result is the last step', () => {
    const query = parseSearch(
      'is(aws_ec2_subnet) and name = "a" <-[in_subnet]- is(aws_ec2_instance) and data.State.Name = running ' +
        '-[in_subnet, attached_to]-> <-[1:3]- -[member_of 2]-> is(x) or is(y)',
    ) as ResourceSearch;
    expect(query.filter).toEqual({
      type: 'and',
      terms: [
        { type: 'is', kinds: ['aws_ec2_subnet'] },
        { type: 'compare', path: field('name'), op: 'eq', value: str('a') },
      ],
    });
    expect(query.steps).toEqual([
      {
        direction: 'in',
        edgeTypes: ['in_subnet'],
        filter: {
          type: 'and',
          terms: [
            { type: 'is', kinds: ['aws_ec2_instance'] },
            { type: 'compare', path: data({ key: 'State' }, { key: 'Name' }), op: 'eq', value: str('running') },
          ],
        },
      },
      { direction: 'out', edgeTypes: ['in_subnet', 'attached_to'] },
      { direction: 'in', minDepth: 1, maxDepth: 3 },
      {
        direction: 'out',
        edgeTypes: ['member_of'],
        minDepth: 2,
        maxDepth: 2,
        filter: {
          type: 'or',
          terms: [
            { type: 'is', kinds: ['x'] },
            { type: 'is', kinds: ['y'] },
          ],
        },
      },
    ]);
    expect((parseSearch('all <-[0:2]-> all') as ResourceSearch).steps).toEqual([
      { direction: 'both', minDepth: 0, maxDepth: 2, filter: { type: 'all' } },
    ]);
  });

  it('reads aggregations, sort, limit and fields', () => {
    expect(parseSearch('is(x) | count')).toEqual({
      target: 'resources',
      filter: { type: 'is', kinds: ['x'] },
      aggregate: { op: 'count', groupBy: [] },
    });
    expect(parseSearch('all | count by kind, region | sort value desc, kind | limit 10')).toEqual({
      target: 'resources',
      filter: { type: 'all' },
      aggregate: { op: 'count', groupBy: [field('kind'), field('region')] },
      sort: [{ value: true, descending: true }, { path: field('kind') }],
      limit: 10,
    });
    for (const op of ['sum', 'min', 'max', 'avg'] as const) {
      expect(parseSearch(`all | ${op} of data.Size by region, tags.team`)).toMatchObject({
        aggregate: { op, path: data({ key: 'Size' }), groupBy: [field('region'), { root: 'tag', key: 'team' }] },
      });
    }
    expect(
      parseSearch('all | sort created_at desc, name asc | limit 5 | fields name, region, data.InstanceType'),
    ).toEqual({
      target: 'resources',
      filter: { type: 'all' },
      sort: [{ path: field('created_at'), descending: true }, { path: field('name') }],
      limit: 5,
      fields: [field('name'), field('region'), data({ key: 'InstanceType' })],
    });
  });

  it('reads change searches', () => {
    expect(
      parseSearch('changes where kind = aws_ec2_instance and change = deleted since -1d until now | count by kind'),
    ).toEqual({
      target: 'changes',
      filter: {
        type: 'and',
        terms: [
          { type: 'compare', path: field('kind'), op: 'eq', value: str('aws_ec2_instance') },
          { type: 'compare', path: field('change'), op: 'eq', value: str('deleted') },
        ],
      },
      since: { type: 'relative_time', offsetSeconds: -86_400 },
      until: { type: 'relative_time', offsetSeconds: 0 },
      aggregate: { op: 'count', groupBy: [field('kind')] },
    });
    expect(parseSearch('changes')).toEqual({ target: 'changes', filter: { type: 'all' } });
    expect(parseSearch('changes until 2024-05-01 since 2024-04-01 | limit 3')).toEqual({
      target: 'changes',
      filter: { type: 'all' },
      since: { type: 'time', value: '2024-04-01' },
      until: { type: 'time', value: '2024-05-01' },
      limit: 3,
    });
    expect(parseSearch('changes where is(instance) and at > now-1h')).toMatchObject({ filter: { type: 'and' } });
  });
});

describe('parseSearch: errors at the column of the mistake', () => {
  it.each<[string, number, string]>([
    ['is(x) and name =', 17, 'expected a value after "=", found end of query'],
    ['is(x) and name =   ', 17, 'expected a value after "=", found end of query'],
    ['State = running', 1, 'unknown field "State": write data.State for a value in data, or tags.State for a tag'],
    ['name = web and', 15, 'expected a predicate'],
    ['name web', 6, 'expected an operator'],
    ['name = and', 8, 'quote a keyword'],
    ['(name = a', 10, 'expected ")" to close the "(" of column 1, found end of query'],
    ['is(a b)', 6, 'expected ")" after the kinds of is(...), found "b"'],
    ['is()', 4, 'expected a kind'],
    ['is(a-b)', 4, 'query.filter.kinds[0]: must be a letter'],
    ['all --> is(x) -[bad type]->', 21, 'expected "]" to close the step'],
    ['all -[t]- all', 9, 'a step needs a direction'],
    ['all -[]-> all', 7, 'expected an edge type or a depth'],
    ['all -[1x]->', 7, 'query.steps[0].edgeTypes[0]: must be a letter'],
    ['all -[t 1:9]->', 9, 'query.steps[0].maxDepth: must be an integer from 1 to 5'],
    ['all -[t 3:2]->', 9, 'query.steps[0].maxDepth: must be an integer from 3 to 5'],
    ['name = "abc', 8, 'has no closing "'],
    ['name = "a\\qb"', 10, 'unknown escape "\\q"'],
    ['name = a # b', 10, 'unexpected character "#"'],
    ['name in a', 9, 'expected a list [a, b] after "in"'],
    ['name in []', 10, 'expected a value after "["'],
    ['name in [a,', 12, 'expected a value after ","'],
    ['name ~ "(a+)+"', 8, 'query.filter.value.value: repeats a group that holds a quantifier'],
    ['name < true', 8, 'query.filter.value.type: must be a string, a number, a time or a relative time here'],
    [
      'name > 90d',
      8,
      'query.filter.value.type: must be a string, a number, a time or a relative time here (a duration compares only with age; now-90d is a time)',
    ],
    ['age = 90d', 5, 'query.filter.op: age compares only with lt, lte, gt or gte'],
    ['age > now', 7, 'query.filter.value.type: must be a duration here'],
    ['tags.a:b = 1', 1, 'expected a tag key'],
    ['tags.a[0] = 1', 1, 'expected a tag key'],
    ['data = 1', 1, 'expected a key after data'],
    ['data.a-b = 1', 1, '"a-b" is not a key to write after a dot: write ["a-b"]'],
    ['data.a[x] = 1', 8, 'expected "any", "all", "none", an index or a quoted key'],
    ['name.first = 1', 1, 'name is a field of its own'],
    ['with(some, -->)', 6, 'expected empty, any or count <op> <n>'],
    ['with(any, is(x))', 11, 'expected a traversal step'],
    ['with(count > x, -->)', 14, 'expected a whole number'],
    ['with(any -->)', 10, 'expected "," after the count'],
    ['all | count | count', 15, '"| count" comes once'],
    ['all | limit 5 | sort name', 17, '"| sort" comes once, in the order'],
    ['all | limit 0', 13, 'query.limit: must be an integer from 1 to 100000'],
    ['all | limit ten', 13, 'expected a whole number after "limit"'],
    ['all | sum data.Size', 11, 'expected "of" after "sum"'],
    ['all | sort value', 12, 'query.sort[0].value: only an aggregated search sorts by value'],
    ['all | count by name | sort region', 28, 'query.sort[0].path'],
    ['all | count | fields name', 15, 'query.fields: an aggregated search answers rows'],
    ['all | group', 7, 'expected count, sum, min, max, avg, sort, limit or fields after "|"'],
    ['all all', 5, 'expected "and", "or", a traversal step (-->), "|" or the end of the query, found "all"'],
    ['changes where data.a = 1', 15, 'unknown change field "data.a"'],
    ['changes since yesterday', 15, 'expected a time after "since"'],
    ['changes since -1d since -2d', 19, '"since" comes once'],
    ['changes kind = x', 9, 'expected "where", "since", "until", "|" or the end of the query'],
    ['changes | fields name', 11, 'expected count, sum, min, max, avg, sort or limit after "|"'],
    ['changes where with(any, -->)', 15, 'query.filter: a change search has no edges'],
  ])('%j', (text, column, message) => {
    const error = syntaxError(text);
    expect(error).toBeInstanceOf(InvalidStoreArgumentError);
    expect(error.field).toBe('query');
    expect([error.column, error.reason]).toEqual([column, expect.stringContaining(message)]);
    expect(error.reason.startsWith(`column ${column}: `)).toBe(true);
  });

  it(`refuses text longer than ${SEARCH_LIMITS.textLength} characters`, () => {
    expect(syntaxError(`name = "${'x'.repeat(SEARCH_LIMITS.textLength)}"`).reason).toBe(
      `column ${SEARCH_LIMITS.textLength + 1}: the query is longer than ${SEARCH_LIMITS.textLength} characters`,
    );
  });

  it('refuses deep nesting with an error, not a stack overflow', () => {
    expect(syntaxError(`${'('.repeat(3000)}all${')'.repeat(3000)}`).reason).toMatch(/nests more than 32 levels/);
    expect(syntaxError(`${'not '.repeat(2400)}all`).reason).toMatch(/nests more than 32 levels/);
    expect(syntaxError(`${'not '.repeat(17)}all`).reason).toMatch(
      /query.filter(.term)+: nests predicates more than 16 deep/,
    );
  });

  it('counts terms over the whole query and names the term over the limit', () => {
    const text = Array.from({ length: 257 }, (_, index) => `name = n${index}`).join(' or ');
    const error = syntaxError(text);
    expect(error.reason).toMatch(/query.filter.terms\[255\]: is term 257 of the query/);
    expect(error.column).toBe(text.indexOf('name = n255') + 1);
  });
});
