import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { edge, instance, volume } from '../contract/fixtures.js';
import type { EdgeRecord, ResourceRecord, StoredResource } from '../graph-store.js';
import type { FieldPath, PathSegment } from '../search/search-query.js';
import { matchesPredicate } from '../search/evaluate-search.js';
import type { Predicate, ResourceSearch, SearchQuery, TraversalStep } from '../search/search-query.js';
import { holdNeo4jDatabase } from '../testing/neo4j-database-lock.js';
import { Neo4jGraphStore } from './neo4j-graph-store.js';
import { stepDepths } from './search-step-cypher.js';

/**
 * Neo4j's search against an in-memory reference (the evaluator for predicates, a breadth-first walk per start for
 * steps and with conditions) on a small graph whose values probe each way Cypher could part from it: JSON-looking
 * text, nested values, code point order, malformed times, mixed types, cycles and self-loops.
 */
const uri = process.env['NEO4J_TEST_URI'];
const maybe = uri ? describe : describe.skip;
const connection = {
  uri: uri ?? '',
  user: process.env['NEO4J_TEST_USER'] ?? 'neo4j',
  password: process.env['NEO4J_TEST_PASSWORD'] ?? '',
};

const resources: ResourceRecord[] = [
  volume('v1', {
    tags: { team: 'red' },
    createdAt: '2024-01-05T10:00:00Z',
    data: { Size: 10, State: 'in-use', Nested: { a: 1, list: [1, 2] }, Enc: true },
  }),
  volume('v2', { tags: { team: 'blue' }, createdAt: '2024-02-30', data: { Size: 10.5, State: '{"a":1}', Enc: false } }),
  volume('v3', {
    tags: {},
    createdAt: '2024-03-01T12:00:00.5+02:00',
    data: { Size: '10', State: 'available', Nested: { a: 2, list: [] } },
  }),
  volume('v4', {
    name: '\u{1F600} smile',
    createdAt: 'not a date',
    data: {
      Size: 2 ** 53 + 2,
      State: 'available\n',
      Perms: [
        { cidr: '0.0.0.0/0', port: 22 },
        { cidr: '10.0.0.0/8', port: 443 },
      ],
    },
  }),
  volume('v5', {
    name: '\uFFFF high',
    data: { 'odd key': 'x', State: ['in-use'], Perms: [{ cidr: '10.0.0.0/8', port: 22 }] },
  }),
  instance('i1', { type: 't3.micro', tags: { team: 'red' }, data: { State: { Name: 'running' }, Cpu: 2 } }),
  instance('i2', { type: 't3.large', data: { State: { Name: 'stopped' }, Cpu: 4 } }),
  instance('i3', { type: 't3.micro', region: 'eu-west-1', data: { State: { Name: 'running' } } }),
];
const [v1, v2, v3, v4, , i1, i2, i3] = resources as [ResourceRecord, ...ResourceRecord[]] as ResourceRecord[];
const edges: EdgeRecord[] = [
  edge(v1!, 'attached_to', i1!),
  edge(v2!, 'attached_to', i1!),
  edge(v3!, 'attached_to', i2!),
  edge(i1!, 'in_subnet', i2!),
  edge(i2!, 'in_subnet', i3!),
  edge(i3!, 'in_subnet', i1!),
  edge(i3!, 'self', i3!),
  edge(v4!, 'attached_to', 'aws:111111111111:us-east-1:aws_ec2_instance:absent'),
];

function reach(from: string, step: TraversalStep): Set<string> {
  const { min, max } = stepDepths(step);
  const types = step.edgeTypes ?? [];
  const next = (uid: string) =>
    edges.flatMap((e) => {
      if (types.length > 0 && !types.includes(e.type)) return [];
      if (!stored.has(e.to)) return [];
      const out = step.direction !== 'in' && e.from === uid ? [e.to] : [];
      const into = step.direction !== 'out' && e.to === uid ? [e.from] : [];
      return [...out, ...into];
    });
  const distance = new Map([[from, 0]]);
  let frontier = [from];
  for (let hop = 1; hop <= max; hop += 1) {
    frontier = frontier.flatMap(next).filter((uid) => !distance.has(uid) && distance.set(uid, hop));
    frontier = [...new Set(frontier)];
  }
  return new Set([...distance].filter(([, d]) => d >= min && d <= max).map(([uid]) => uid));
}
let stored = new Map<string, StoredResource>();

function matches(resource: StoredResource, predicate: Predicate): boolean {
  switch (predicate.type) {
    case 'and':
      return predicate.terms.every((term) => matches(resource, term));
    case 'or':
      return predicate.terms.some((term) => matches(resource, term));
    case 'not':
      return !matches(resource, predicate.term);
    case 'with': {
      const count = walk([resource.uid], predicate.steps).length;
      const { op, value } = predicate.count;
      return {
        eq: count === value,
        ne: count !== value,
        lt: count < value,
        lte: count <= value,
        gt: count > value,
        gte: count >= value,
      }[op];
    }
    default:
      return matchesPredicate(resource, predicate);
  }
}

function walk(start: string[], steps: TraversalStep[]): string[] {
  let set = start;
  for (const step of steps) {
    const reached = new Set(set.flatMap((uid) => [...reach(uid, step)]));
    set = [...reached].filter((uid) => matches(stored.get(uid)!, step.filter ?? { type: 'all' }));
  }
  return set.sort();
}

function reference(query: ResourceSearch): string[] {
  const start = [...stored.values()].filter((r) => matches(r, query.filter)).map((r) => r.uid);
  return walk(start, query.steps ?? []);
}

const data = (...keys: (string | number | 'any' | 'all' | 'none')[]): FieldPath & { root: 'data' } => ({
  root: 'data',
  segments: keys.map((key): PathSegment =>
    key === 'any' || key === 'all' || key === 'none'
      ? { quantifier: key }
      : typeof key === 'number'
        ? { index: key }
        : { key },
  ),
});
const str = (value: string) => ({ type: 'string' as const, value });
const num = (value: number) => ({ type: 'number' as const, value });
const time = (value: string) => ({ type: 'time' as const, value });
const cmp = (
  path:
    | ReturnType<typeof data>
    | { root: 'field'; name: 'name' | 'created_at' | 'type' | 'region' }
    | { root: 'tag'; key: string },
  op: string,
  value?: unknown,
): Predicate => ({ type: 'compare', path, op, ...(value === undefined ? {} : { value }) }) as Predicate;
const not = (term: Predicate): Predicate => ({ type: 'not', term });
const isKind = (...kinds: string[]): Predicate => ({ type: 'is', kinds });

const FILTERS: [string, Predicate][] = [
  ['string eq on a JSON-looking string', cmp(data('State'), 'eq', str('{"a":1}'))],
  ['ne on top-level data', cmp(data('State'), 'ne', str('available'))],
  ['not contains', not(cmp(data('State'), 'contains', str('a')))],
  ['number eq int and float', cmp(data('Size'), 'in', [num(10), num(10.5)])],
  ['number gt', cmp(data('Size'), 'gt', num(10))],
  ['text lt by code point', cmp({ root: 'field', name: 'name' }, 'lt', str('\uFFFF'))],
  ['text gt by code point', cmp({ root: 'field', name: 'name' }, 'gt', str('\uFFFE'))],
  ['time lt with bad dates', cmp({ root: 'field', name: 'created_at' }, 'lt', time('2024-03-01T11:00:00Z'))],
  [
    'time gte and lte',
    and(
      cmp({ root: 'field', name: 'created_at' }, 'gte', time('2024-03-01T10:00:00.5Z')),
      cmp({ root: 'field', name: 'created_at' }, 'lte', time('2024-03-01T12:00:00.5+02:00')),
    ),
  ],
  ['not time gte', not(cmp({ root: 'field', name: 'created_at' }, 'gte', time('2024-01-05')))],
  ['nested key', cmp(data('State', 'Name'), 'eq', str('running'))],
  ['not nested key', not(cmp(data('State', 'Name'), 'eq', str('running')))],
  ['missing nested', cmp(data('State', 'Name'), 'missing')],
  ['any quantifier', cmp(data('Perms', 'any', 'cidr'), 'eq', str('0.0.0.0/0'))],
  ['all quantifier', cmp(data('Nested', 'list', 'all'), 'gt', num(0))],
  ['none quantifier', and(isKind('aws_ec2_volume'), cmp(data('Perms', 'none', 'port'), 'eq', num(443)))],
  ['index', cmp(data('Nested', 'list', 1), 'eq', num(2))],
  ['odd key', cmp(data('odd key'), 'eq', str('x'))],
  ['tag', or(cmp({ root: 'tag', key: 'team' }, 'eq', str('red')), cmp({ root: 'tag', key: 'team' }, 'missing'))],
  ['regex', cmp(data('State'), 'matches', str('^avail.*e$'))],
  ['glob', cmp(data('State'), 'glob', str('*-us?'))],
  ['boolean', cmp(data('Enc'), 'eq', { type: 'boolean', value: false })],
  ['not exists', not(cmp(data('Nested'), 'exists'))],
  ['type not in', cmp({ root: 'field', name: 'type' }, 'not_in', [str('t3.large')])],
];
function and(...terms: Predicate[]): Predicate {
  return { type: 'and', terms };
}
function or(...terms: Predicate[]): Predicate {
  return { type: 'or', terms };
}

const QUERIES: [string, ResourceSearch][] = [
  ...FILTERS.map(([name, filter]): [string, ResourceSearch] => [name, { target: 'resources', filter }]),
  ['one step out', { target: 'resources', filter: isKind('aws_ec2_volume'), steps: [{ direction: 'out' }] }],
  [
    'in, typed',
    {
      target: 'resources',
      filter: isKind('aws_ec2_instance'),
      steps: [{ direction: 'in', edgeTypes: ['attached_to'] }],
    },
  ],
  [
    'distance 2..3',
    {
      target: 'resources',
      filter: { type: 'compare', path: { root: 'field', name: 'uid' }, op: 'eq', value: str(i1!.uid) },
      steps: [{ direction: 'out', minDepth: 2, maxDepth: 3 }],
    },
  ],
  [
    'both 0..1 with a nested filter',
    {
      target: 'resources',
      filter: isKind('aws_ec2_volume'),
      steps: [
        { direction: 'both', minDepth: 0, maxDepth: 1, filter: not(cmp(data('State', 'Name'), 'eq', str('stopped'))) },
      ],
    },
  ],
  [
    'chain',
    {
      target: 'resources',
      filter: cmp(data('Size'), 'exists'),
      steps: [{ direction: 'out' }, { direction: 'out', edgeTypes: ['in_subnet', 'self'] }],
    },
  ],
  [
    'with empty',
    {
      target: 'resources',
      filter: and(isKind('aws_ec2_volume'), {
        type: 'with',
        count: { op: 'eq', value: 0 },
        steps: [{ direction: 'out' }],
      }),
    },
  ],
  [
    'not with any, nested filter',
    {
      target: 'resources',
      filter: not({
        type: 'with',
        count: { op: 'gte', value: 1 },
        steps: [{ direction: 'in', filter: cmp(data('Nested', 'a'), 'eq', num(1)) }],
      }),
    },
  ],
  [
    'with count eq 2, nested filter',
    {
      target: 'resources',
      filter: {
        type: 'with',
        count: { op: 'eq', value: 2 },
        steps: [{ direction: 'both', filter: cmp(data('State', 'Name'), 'exists') }],
      },
    },
  ],
  [
    'with inside a step filter',
    {
      target: 'resources',
      filter: isKind('aws_ec2_volume'),
      steps: [
        {
          direction: 'out',
          filter: {
            type: 'with',
            count: { op: 'gt', value: 0 },
            steps: [{ direction: 'out', filter: cmp(data('State', 'Name'), 'eq', str('stopped')) }],
          },
        },
      ],
    },
  ],
];

maybe('Neo4j search against the reference', () => {
  let store: Neo4jGraphStore;
  let release: () => Promise<void>;
  beforeAll(async () => {
    release = await holdNeo4jDatabase(connection.uri, 600_000);
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
    store = new Neo4jGraphStore({ ...connection, batchSize: 3 });
    await store.init();
    await store.writeResources('sync-1', resources);
    await store.writeEdges('sync-1', edges);
    stored = new Map((await store.listResources({}, { limit: 1000 })).items.map((r) => [r.uid, r]));
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    await release?.();
  });

  it.each(QUERIES)('%s', async (_name, query) => {
    const page = await store.search(query, { limit: 1000 });
    expect((page.resources ?? []).map((r) => r.uid)).toEqual(reference(query));
  });

  it('pages by uid within a limit over every page, in-process filters included', async () => {
    const query: SearchQuery = {
      target: 'resources',
      filter: not(cmp(data('State', 'Name'), 'eq', str('stopped'))),
      limit: 5,
    };
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await store.search(query, { limit: 2, ...(token ? { pageToken: token } : {}) });
      seen.push(...(page.resources ?? []).map((r) => r.uid));
      token = page.nextPageToken;
    } while (token !== undefined);
    expect(seen).toEqual(reference(query).slice(0, 5));
  });

  it('sorts numbers before text before other values, missing last, then by uid', async () => {
    const page = await store.search(
      { target: 'resources', filter: { type: 'all' }, sort: [{ path: data('Size'), descending: true }] },
      { limit: 3 },
    );
    expect((page.resources ?? []).map((r) => r.id)).toEqual(['v3', 'v4', 'v2']);
    const next = await store.search(
      { target: 'resources', filter: { type: 'all' }, sort: [{ path: data('Size'), descending: true }] },
      { limit: 3, pageToken: page.nextPageToken! },
    );
    expect((next.resources ?? []).map((r) => r.id)).toEqual(['v1', 'i3', 'i1']);
  });

  it('groups by text as the stores print it, merging values that print the same', async () => {
    const page = await store.search({
      target: 'resources',
      filter: isKind('aws_ec2_volume'),
      aggregate: { op: 'count', groupBy: [data('Size')] },
    });
    expect(page.rows).toEqual([
      { group: { 'data.Size': '10' }, value: 2 },
      { group: { 'data.Size': '10.5' }, value: 1 },
      { group: { 'data.Size': '9007199254740994' }, value: 1 },
      { group: { 'data.Size': null }, value: 1 },
    ]);
    const nested = await store.search({
      target: 'resources',
      filter: { type: 'all' },
      aggregate: { op: 'sum', path: data('Cpu'), groupBy: [data('State', 'Name'), { root: 'field', name: 'kind' }] },
      sort: [{ value: true, descending: true }],
    });
    expect(nested.rows?.[0]).toEqual({ group: { 'data.State.Name': 'stopped', kind: 'aws_ec2_instance' }, value: 4 });
    expect(nested.rows).toHaveLength(3);
    const none = await store.search({
      target: 'resources',
      filter: isKind('nothing'),
      aggregate: { op: 'avg', path: data('Size'), groupBy: [] },
    });
    expect(none.rows).toEqual([{ group: {}, value: null }]);
  });

  it('searches the change log', async () => {
    const page = await store.search({
      target: 'changes',
      filter: { type: 'compare', path: { root: 'field', name: 'kind' }, op: 'eq', value: str('aws_ec2_instance') },
      since: time('2000-01-01'),
    });
    expect((page.changes ?? []).map((c) => c.uid).sort()).toEqual([i1!.uid, i2!.uid, i3!.uid].sort());
    const rows = await store.search({
      target: 'changes',
      filter: { type: 'all' },
      aggregate: { op: 'count', groupBy: [{ root: 'field', name: 'kind' }] },
    });
    expect(rows.rows).toEqual([
      { group: { kind: 'aws_ec2_instance' }, value: 3 },
      { group: { kind: 'aws_ec2_volume' }, value: 5 },
    ]);
  });
});
