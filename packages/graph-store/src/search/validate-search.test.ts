import { describe, expect, it } from '@jest/globals';
import { InvalidStoreArgumentError } from '../errors.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type { Comparison, Predicate, SearchQuery, TraversalStep } from './search-query.js';
import { validateResolvedSearch, validateSearch } from './validate-search.js';

const str = (value: string) => ({ type: 'string', value }) as const;
const num = (value: number) => ({ type: 'number', value }) as const;
const name = { root: 'field', name: 'name' } as const;
const compare = (value: Comparison['value'], op: Comparison['op'] = 'eq', path: Comparison['path'] = name) =>
  ({ type: 'compare', path, op, ...(value === undefined ? {} : { value }) }) as Comparison;
const query = (filter: unknown, more: Record<string, unknown> = {}) => ({ target: 'resources', filter, ...more });

function problem(input: unknown, resolved = false): { field: string; reason: string } {
  try {
    (resolved ? validateResolvedSearch : validateSearch)(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidStoreArgumentError);
    const { field, reason } = error as InvalidStoreArgumentError;
    return { field, reason };
  }
  throw new Error('the query was accepted');
}

const fieldOf = (input: unknown, resolved = false) => problem(input, resolved).field;

describe('validateSearch accepts the whole model', () => {
  const everything: SearchQuery = {
    target: 'resources',
    filter: {
      type: 'and',
      terms: [
        { type: 'is', kinds: ['aws_ec2_volume', 'volume'] },
        compare({ type: 'duration', seconds: 90 * 86_400 }, 'gt', { root: 'field', name: 'age' }),
        compare([str('a'), num(2), { type: 'boolean', value: true }], 'not_in', { root: 'tag', key: 'aws:stack' }),
        compare(str('^web-[0-9]+$'), 'matches'),
        compare(str('web-*'), 'glob'),
        compare(undefined, 'missing', { root: 'data', segments: [{ key: 'A' }, { index: 0 }, { quantifier: 'none' }] }),
        compare({ type: 'relative_time', offsetSeconds: -3600 }, 'lt', { root: 'field', name: 'created_at' }),
        compare({ type: 'time', value: '2024-05-01T10:00:00.123+02:00' }, 'gte', { root: 'field', name: 'last_seen' }),
        { type: 'not', term: { type: 'all' } },
        {
          type: 'with',
          count: { op: 'gte', value: 2 },
          steps: [{ direction: 'in', edgeTypes: ['attached_to'], minDepth: 0, maxDepth: 5, filter: { type: 'all' } }],
        },
      ],
    },
    steps: [{ direction: 'both' }, { direction: 'out', minDepth: 2 }],
    aggregate: { op: 'sum', path: { root: 'data', segments: [{ key: 'Size' }] }, groupBy: [{ root: 'tag', key: 't' }] },
    sort: [{ value: true, descending: true }, { path: { root: 'tag', key: 't' } }],
    limit: SEARCH_LIMITS.limit,
  };

  it('returns a valid query unchanged', () => {
    expect(validateSearch(everything)).toBe(everything);
  });

  it('accepts a change search with times and an aggregation over change fields', () => {
    const changes = {
      target: 'changes',
      filter: {
        type: 'and',
        terms: [
          compare(str('deleted'), 'eq', { root: 'field', name: 'change' } as never),
          { type: 'is', kinds: ['instance'] },
        ],
      },
      since: { type: 'relative_time', offsetSeconds: -86_400 },
      until: { type: 'time', value: '2024-05-01' },
      aggregate: { op: 'count', groupBy: [{ root: 'field', name: 'kind' }] },
      sort: [{ path: { root: 'field', name: 'kind' } }],
    };
    expect(validateSearch(changes)).toBe(changes);
  });

  it('refuses relative times, durations and age once resolved, naming where', () => {
    expect(problem(everything, true)).toEqual({
      field: 'query.filter.terms[1].path.name',
      reason: 'age must be resolved (resolveSearch) first',
    });
    expect(
      fieldOf(
        query(compare({ type: 'relative_time', offsetSeconds: 0 }, 'lt', { root: 'field', name: 'created_at' })),
        true,
      ),
    ).toBe('query.filter.value.type');
    expect(
      fieldOf(
        { target: 'changes', filter: { type: 'all' }, since: { type: 'relative_time', offsetSeconds: -1 } },
        true,
      ),
    ).toBe('query.since.type');
    expect(validateResolvedSearch(query(compare({ type: 'time', value: '2024-05-01' }, 'lt')))).toBeDefined();
  });
});

describe('validateSearch names the field of each problem', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'is(x)', 'query'],
    ['an unknown target', { target: 'edges', filter: { type: 'all' } }, 'query.target'],
    ['an unknown predicate', query({ type: 'xor' }), 'query.filter.type'],
    ['an empty and', query({ type: 'and', terms: [] }), 'query.filter.terms'],
    ['an empty is', query({ type: 'is', kinds: [] }), 'query.filter.kinds'],
    ['a kind that is no label', query({ type: 'is', kinds: ['a', 'x) DETACH DELETE n //'] }), 'query.filter.kinds[1]'],
    ['an unknown operator', query({ ...compare(str('x')), op: 'like' }), 'query.filter.op'],
    [
      'an unknown core field',
      query(compare(str('x'), 'eq', { root: 'field', name: 'State' } as never)),
      'query.filter.path.name',
    ],
    [
      'a change field on resources',
      query(compare(str('x'), 'eq', { root: 'field', name: 'change' } as never)),
      'query.filter.path.name',
    ],
    ['an empty tag key', query(compare(str('x'), 'eq', { root: 'tag', key: '' })), 'query.filter.path.key'],
    ['a long tag key', query(compare(str('x'), 'eq', { root: 'tag', key: 'k'.repeat(1025) })), 'query.filter.path.key'],
    [
      'an empty data path',
      query(compare(str('x'), 'eq', { root: 'data', segments: [] })),
      'query.filter.path.segments',
    ],
    [
      'a negative index',
      query(compare(str('x'), 'eq', { root: 'data', segments: [{ key: 'a' }, { index: -1 }] })),
      'query.filter.path.segments[1].index',
    ],
    [
      'an unknown quantifier',
      query(compare(str('x'), 'eq', { root: 'data', segments: [{ quantifier: 'some' } as never] })),
      'query.filter.path.segments[0].quantifier',
    ],
    [
      'a segment of two shapes',
      query(compare(str('x'), 'eq', { root: 'data', segments: [{ key: 'a', index: 1 } as never] })),
      'query.filter.path.segments[0]',
    ],
    [
      'too many segments',
      query(compare(str('x'), 'eq', { root: 'data', segments: Array.from({ length: 17 }, () => ({ key: 'a' })) })),
      'query.filter.path.segments',
    ],
    ['in without a list', query(compare(str('x'), 'in')), 'query.filter.value'],
    ['in with an empty list', query(compare([], 'in')), 'query.filter.value'],
    [
      'a time in a list',
      query(compare([str('a'), { type: 'time', value: '2024-05-01' }], 'in')),
      'query.filter.value[1].type',
    ],
    ['a list for eq', query(compare([str('a')], 'eq')), 'query.filter.value'],
    ['a number for contains', query(compare(num(1), 'contains')), 'query.filter.value.type'],
    ['a value for exists', query(compare(str('x'), 'exists')), 'query.filter.value'],
    ['a boolean for lt', query(compare({ type: 'boolean', value: true }, 'lt')), 'query.filter.value.type'],
    ['a time for eq', query(compare({ type: 'time', value: '2024-05-01' }, 'eq')), 'query.filter.value.type'],
    ['a duration off age', query(compare({ type: 'duration', seconds: 1 }, 'gt')), 'query.filter.value.type'],
    [
      'age with a time',
      query(compare({ type: 'time', value: '2024-05-01' }, 'gt', { root: 'field', name: 'age' })),
      'query.filter.value.type',
    ],
    [
      'age with eq',
      query(compare({ type: 'duration', seconds: 1 }, 'eq', { root: 'field', name: 'age' })),
      'query.filter.op',
    ],
    [
      'a fractional duration',
      query(compare({ type: 'duration', seconds: 1.5 }, 'gt', { root: 'field', name: 'age' })),
      'query.filter.value.seconds',
    ],
    [
      'a huge relative time',
      query(compare({ type: 'relative_time', offsetSeconds: -1e20 }, 'lt')),
      'query.filter.value.offsetSeconds',
    ],
    ['an infinite number', query(compare(num(Number.POSITIVE_INFINITY))), 'query.filter.value.value'],
    ['a time that is no date', query(compare({ type: 'time', value: '2024-02-30' }, 'lt')), 'query.filter.value.value'],
    ['a time in local form', query(compare({ type: 'time', value: 'May 1, 2024' }, 'lt')), 'query.filter.value.value'],
    ['an unsafe regex', query(compare(str('(a+)+$'), 'matches')), 'query.filter.value.value'],
    ['a long glob', query(compare(str('*'.repeat(257)), 'glob')), 'query.filter.value.value'],
    ['a long string', query(compare(str('x'.repeat(4097)))), 'query.filter.value.value'],
    [
      'a quantifier outside a comparison',
      query({ type: 'all' }, { fields: [{ root: 'data', segments: [{ quantifier: 'any' }] }] }),
      'query.fields[0].segments[0].quantifier',
    ],
    ['age as a field', query({ type: 'all' }, { fields: [{ root: 'field', name: 'age' }] }), 'query.fields[0].name'],
    ['too many fields', query({ type: 'all' }, { fields: Array.from({ length: 33 }, () => name) }), 'query.fields'],
    [
      'fields with an aggregation',
      query({ type: 'all' }, { fields: [name], aggregate: { op: 'count', groupBy: [] } }),
      'query.fields',
    ],
    ['sum without a path', query({ type: 'all' }, { aggregate: { op: 'sum', groupBy: [] } }), 'query.aggregate.path'],
    [
      'count with a path',
      query({ type: 'all' }, { aggregate: { op: 'count', path: name, groupBy: [] } }),
      'query.aggregate.path',
    ],
    [
      'a quantified groupBy',
      query(
        { type: 'all' },
        { aggregate: { op: 'count', groupBy: [{ root: 'data', segments: [{ key: 'a' }, { quantifier: 'all' }] }] } },
      ),
      'query.aggregate.groupBy[0].segments[1].quantifier',
    ],
    [
      'too many groupBy',
      query({ type: 'all' }, { aggregate: { op: 'count', groupBy: Array.from({ length: 9 }, () => name) } }),
      'query.aggregate.groupBy',
    ],
    ['sort by value without aggregation', query({ type: 'all' }, { sort: [{ value: true }] }), 'query.sort[0].value'],
    [
      'sort by a path not grouped',
      query(
        { type: 'all' },
        { aggregate: { op: 'count', groupBy: [name] }, sort: [{ path: { root: 'field', name: 'region' } }] },
      ),
      'query.sort[0].path',
    ],
    [
      'too many sort keys',
      query({ type: 'all' }, { sort: Array.from({ length: 9 }, () => ({ path: name })) }),
      'query.sort',
    ],
    [
      'a descending that is no boolean',
      query({ type: 'all' }, { sort: [{ path: name, descending: 'yes' }] }),
      'query.sort[0].descending',
    ],
    ['limit 0', query({ type: 'all' }, { limit: 0 }), 'query.limit'],
    ['a limit over the bound', query({ type: 'all' }, { limit: SEARCH_LIMITS.limit + 1 }), 'query.limit'],
    ['an unknown direction', query({ type: 'all' }, { steps: [{ direction: 'up' }] }), 'query.steps[0].direction'],
    [
      'an edge type that is no label',
      query({ type: 'all' }, { steps: [{ direction: 'out', edgeTypes: ['in_subnet', '1x'] }] }),
      'query.steps[0].edgeTypes[1]',
    ],
    [
      'a depth over the bound',
      query({ type: 'all' }, { steps: [{ direction: 'out', maxDepth: 6 }] }),
      'query.steps[0].maxDepth',
    ],
    [
      'maxDepth under minDepth',
      query({ type: 'all' }, { steps: [{ direction: 'out', minDepth: 3, maxDepth: 2 }] }),
      'query.steps[0].maxDepth',
    ],
    [
      'a negative minDepth',
      query({ type: 'all' }, { steps: [{ direction: 'out', minDepth: -1 }] }),
      'query.steps[0].minDepth',
    ],
    [
      'too many steps',
      query({ type: 'all' }, { steps: Array.from({ length: 5 }, () => ({ direction: 'out' })) }),
      'query.steps',
    ],
    [
      'a bad step filter',
      query({ type: 'all' }, { steps: [{ direction: 'out', filter: { type: 'is', kinds: ['-'] } }] }),
      'query.steps[0].filter.kinds[0]',
    ],
    ['with without steps', query({ type: 'with', count: { op: 'eq', value: 0 }, steps: [] }), 'query.filter.steps'],
    [
      'with a negative count',
      query({ type: 'with', count: { op: 'eq', value: -1 }, steps: [{ direction: 'out' }] }),
      'query.filter.count.value',
    ],
    [
      'with an unknown count op',
      query({ type: 'with', count: { op: 'in', value: 1 }, steps: [{ direction: 'out' }] }),
      'query.filter.count.op',
    ],
    [
      'with in a change search',
      { target: 'changes', filter: { type: 'with', count: { op: 'eq', value: 0 }, steps: [{ direction: 'out' }] } },
      'query.filter',
    ],
    [
      'a data path in a change search',
      { target: 'changes', filter: compare(str('x'), 'eq', { root: 'data', segments: [{ key: 'a' }] }) },
      'query.filter.path.root',
    ],
    [
      'a core field no change has',
      { target: 'changes', filter: compare(str('x'), 'eq', { root: 'field', name: 'created_at' }) },
      'query.filter.path.name',
    ],
    ['steps in a change search', { target: 'changes', filter: { type: 'all' }, steps: [] }, 'query.steps'],
    [
      'a since that is no time',
      { target: 'changes', filter: { type: 'all' }, since: str('yesterday') },
      'query.since.type',
    ],
  ])('%s', (_, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('names the entry of a list that breaks the rules', () => {
    const values = [str('a'), str('b'), str('c'), { type: 'string', value: 3 }];
    const input = query({ type: 'or', terms: [{ type: 'all' }, compare(values as never, 'in')] });
    expect(problem(input)).toEqual({ field: 'query.filter.terms[1].value[3].value', reason: 'must be a string' });
  });
});

describe('validateSearch bounds the size of a query', () => {
  const nested = (depth: number): Predicate => {
    let predicate: Predicate = { type: 'all' };
    for (let level = 0; level < depth; level++) predicate = { type: 'not', term: predicate };
    return predicate;
  };
  const withs = (depth: number): Predicate =>
    depth === 0
      ? { type: 'all' }
      : { type: 'with', count: { op: 'gte', value: 1 }, steps: [{ direction: 'out', filter: withs(depth - 1) }] };

  it(`allows predicates ${SEARCH_LIMITS.nesting} deep and refuses one more, naming the deepest`, () => {
    expect(validateSearch(query(nested(SEARCH_LIMITS.nesting)))).toBeDefined();
    const field = fieldOf(query(nested(SEARCH_LIMITS.nesting + 1)));
    expect(field).toBe(`query.filter${'.term'.repeat(SEARCH_LIMITS.nesting + 1)}`);
  });

  it('refuses a query nested far beyond the bound without overflowing the stack', () => {
    expect(problem(query(nested(100_000))).reason).toMatch(/nests predicates more than 16 deep/);
  });

  it(`allows with conditions ${SEARCH_LIMITS.withNesting} deep and refuses one more`, () => {
    expect(validateSearch(query(withs(SEARCH_LIMITS.withNesting)))).toBeDefined();
    expect(problem(query(withs(SEARCH_LIMITS.withNesting + 1))).reason).toMatch(
      /nests with conditions more than 3 deep/,
    );
  });

  it('counts terms over the whole query: filter, steps and step filters', () => {
    const leaves = (count: number): Predicate => ({
      type: 'or',
      terms: Array.from({ length: count }, () => ({ type: 'all' })),
    });
    const steps: TraversalStep[] = [{ direction: 'out', filter: leaves(99) }];
    // or + 99 leaves + 1 step + or + 99 leaves + 1 more step = 202 nodes; 256 - 202 = 54 left for the last filter
    const fits = query(leaves(99), { steps: [...steps, { direction: 'in', filter: leaves(53) }] });
    expect(validateSearch(fits)).toBeDefined();
    const over = query(leaves(99), { steps: [...steps, { direction: 'in', filter: leaves(54) }] });
    expect(problem(over)).toEqual({
      field: 'query.steps[1].filter.terms[53]',
      reason: 'is term 257 of the query, over the limit of 256',
    });
  });

  it('counts an age comparison as the five terms it resolves to', () => {
    const age = compare({ type: 'duration', seconds: 1 }, 'gt', { root: 'field', name: 'age' });
    const fill = (extra: Predicate[]) =>
      query({ type: 'or', terms: [...Array.from({ length: 250 }, () => ({ type: 'all' })), ...extra] });
    expect(validateSearch(fill([age]))).toBeDefined();
    expect(fieldOf(fill([age, { type: 'all' }]))).toBe('query.filter.terms[251]');
    expect(problem(fill([{ type: 'all' }, age]))).toEqual({
      field: 'query.filter.terms[251]',
      reason: 'brings the query to 257 terms (age counts as 5), over the limit of 256',
    });
  });

  it('bounds list entries of is and in', () => {
    const kinds = Array.from({ length: SEARCH_LIMITS.listEntries + 1 }, (_, index) => `k${index}`);
    expect(fieldOf(query({ type: 'is', kinds }))).toBe('query.filter.kinds');
    expect(validateSearch(query({ type: 'is', kinds: kinds.slice(1) }))).toBeDefined();
    expect(fieldOf(query(compare(kinds.map(str), 'in')))).toBe('query.filter.value');
  });
});
