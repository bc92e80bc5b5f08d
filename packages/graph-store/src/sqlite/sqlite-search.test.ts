import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { SearchReference } from '../contract/search-reference.js';
import { StoreLimitError } from '../errors.js';
import type { ChangeRecord, EdgeRecord, ResourceRecord, StoredResource } from '../graph-store.js';
import type {
  Aggregation,
  ChangeSearch,
  FieldPath,
  Literal,
  PathSegment,
  Predicate,
  ResourceSearch,
  SearchPage,
  SearchQuery,
  SortKey,
  TraversalStep,
} from '../search/search-query.js';
import { SqliteGraphStore } from './sqlite-graph-store.js';
import { SqliteSearch } from './sqlite-search.js';
import { COMPARISON_OPERATORS } from '../search/search-query.js';

const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-search-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A seeded generator: the same queries on every run, so that a failure names one query to look at. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['vol', 'inst', 'sg', 'subnet'];
const EDGE_TYPES = ['attached_to', 'in_subnet', 'allows', 'member_of'];
const TEXTS = ['running', 'stopped', '0.0.0.0/0', '10.0.0.0/8', '', 'x', '😀', '\uFFFD', 'Ünïcode', 'it\'s "quoted"'];
const TIMES = [
  '2024-05-01',
  '2024-05-01T10:00:00Z',
  '2024-05-01T12:00:00.5+02:00',
  '2024-05-01T10:00:00.000000001Z',
  '2023-12-31T23:59:59-05:00',
  '2024-02-30',
  '2024-05-01T10:00',
  'yesterday',
];

function estate(): { resources: ResourceRecord[]; edges: EdgeRecord[] } {
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const resources: ResourceRecord[] = [];
  for (let index = 0; index < 48; index++) {
    const kind = KINDS[index % KINDS.length]!;
    const uid = `${kind}-${String(index).padStart(2, '0')}`;
    const data: Record<string, unknown> = {
      size: pick([1, 10, 10.5, 22, -3, '10', null, 0.25]),
      state: pick([{ name: 'running' }, { name: 'stopped' }, { name: 3 }, {}, 'running']),
      perms: pick([
        [],
        [{ port: 22, ranges: [{ cidr: '0.0.0.0/0' }, { cidr: '10.0.0.0/8' }] }],
        [
          { port: 443, ranges: [] },
          { port: 22, ranges: [{ cidr: '10.0.0.0/8' }] },
        ],
        [{ port: 80 }, 'text', null],
        { port: 22 },
      ]),
      flag: pick([true, false, 'true', 1]),
      when: pick(TIMES),
      list: pick([[1, 2, 3], ['a', 'b'], [], [[1, 2], [3]], 'abc']),
      label: pick(TEXTS),
    };
    if (next() < 0.3) data['a"b'] = pick([1, 'q']);
    if (next() < 0.3) data['c.d'] = pick([2, 'r']);
    resources.push({
      uid,
      id: uid,
      kind,
      name: pick(TEXTS),
      tags: next() < 0.5 ? { team: pick(['web', 'data']), 'we"ird': 'yes' } : { env: pick(['prod', 'dev']) },
      cloud: 'aws',
      account: pick(['111', '222']),
      region: pick(['us-east-1', 'eu-west-1']),
      serviceGroup: 'EC2',
      ...(next() < 0.7 ? { type: pick(['t3.micro', 'gp3', 'x']) } : {}),
      ...(next() < 0.7 ? { createdAt: pick(TIMES.slice(0, 5)) } : {}),
      data,
    });
  }
  const edges: EdgeRecord[] = [];
  for (let index = 0; index < 110; index++) {
    const from = pick(resources).uid;
    const to = next() < 0.05 ? 'missing-target' : pick(resources).uid;
    edges.push({ from, type: pick(EDGE_TYPES), to });
  }
  edges.push({ from: 'vol-00', type: 'allows', to: 'vol-00' });
  return { resources, edges };
}

const data = (...segments: PathSegment[]): FieldPath => ({ root: 'data', segments });
const PLAIN_PATHS: FieldPath[] = [
  { root: 'field', name: 'uid' },
  { root: 'field', name: 'name' },
  { root: 'field', name: 'kind' },
  { root: 'field', name: 'account' },
  { root: 'field', name: 'type' },
  { root: 'field', name: 'created_at' },
  { root: 'field', name: 'orphaned_since' },
  { root: 'tag', key: 'team' },
  { root: 'tag', key: 'we"ird' },
  data({ key: 'size' }),
  data({ key: 'state' }, { key: 'name' }),
  data({ key: 'state' }),
  data({ key: 'flag' }),
  data({ key: 'when' }),
  data({ key: 'label' }),
  data({ key: 'list' }, { index: 0 }),
  data({ key: 'list' }, { index: 1 }, { index: 0 }),
  data({ key: 'a"b' }),
  data({ key: 'c.d' }),
  data({ key: 'perms' }, { key: 'port' }),
  data({ key: 'nothing' }),
];
const QUANTIFIED_PATHS: FieldPath[] = [
  data({ key: 'perms' }, { quantifier: 'any' }, { key: 'port' }),
  data({ key: 'perms' }, { quantifier: 'all' }, { key: 'port' }),
  data({ key: 'perms' }, { quantifier: 'none' }, { key: 'port' }),
  data({ key: 'perms' }, { quantifier: 'any' }, { key: 'ranges' }, { quantifier: 'any' }, { key: 'cidr' }),
  data({ key: 'perms' }, { quantifier: 'all' }, { key: 'ranges' }, { quantifier: 'none' }, { key: 'cidr' }),
  data({ key: 'list' }, { quantifier: 'any' }),
  data({ key: 'list' }, { quantifier: 'all' }),
  data({ key: 'list' }, { quantifier: 'any' }, { quantifier: 'any' }),
  data({ key: 'label' }, { quantifier: 'any' }),
];

class QueryMaker {
  constructor(readonly next: () => number) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** eq / ne / in / not_in take text, numbers and booleans; lt / lte / gt / gte text, numbers and times. */
  literal(ordered: boolean): Literal {
    const roll = this.next();
    if (roll < 0.4)
      return { type: 'string', value: this.pick([...TEXTS, 'vol-03', 'sg-02', 't3.micro', 'web', '111']) };
    if (roll < 0.75) return { type: 'number', value: this.pick([0, 1, 10, 10.5, 22, -3, 443, 2]) };
    if (ordered) return { type: 'time', value: this.pick(TIMES.slice(0, 5)) };
    return { type: 'boolean', value: this.next() < 0.5 };
  }

  comparison(): Predicate {
    const path = this.next() < 0.7 ? this.pick(PLAIN_PATHS) : this.pick(QUANTIFIED_PATHS);
    const op = this.pick(COMPARISON_OPERATORS);
    if (op === 'exists' || op === 'missing') return { type: 'compare', path, op };
    if (op === 'in' || op === 'not_in')
      return { type: 'compare', path, op, value: [this.literal(false), this.literal(false), this.literal(false)] };
    if (op === 'contains')
      return {
        type: 'compare',
        path,
        op,
        value: { type: 'string', value: this.pick(['0', 'run', '-', '', 'ü', '"']) },
      };
    if (op === 'matches')
      return {
        type: 'compare',
        path,
        op,
        value: { type: 'string', value: this.pick(['^vol', 'run+ing', '\\d', '^$', '0/0$', '[a-c]']) },
      };
    if (op === 'glob')
      return {
        type: 'compare',
        path,
        op,
        value: { type: 'string', value: this.pick(['vol-*', '*0/0', '?un*', '[x]*', '*', '', '*.*']) },
      };
    return { type: 'compare', path, op, value: this.literal(!['eq', 'ne'].includes(op)) };
  }

  predicate(depth: number, withs: number): Predicate {
    const roll = this.next();
    if (depth <= 0 || roll < 0.35) return this.comparison();
    if (roll < 0.45) return { type: 'is', kinds: [this.pick(KINDS), ...(this.next() < 0.3 ? [this.pick(KINDS)] : [])] };
    if (roll < 0.6) return { type: 'and', terms: [this.predicate(depth - 1, withs), this.predicate(depth - 1, withs)] };
    if (roll < 0.72) return { type: 'or', terms: [this.predicate(depth - 1, withs), this.predicate(depth - 1, withs)] };
    if (roll < 0.82) return { type: 'not', term: this.predicate(depth - 1, withs) };
    if (withs > 0) {
      const op = this.pick(['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const);
      const steps = Array.from({ length: this.next() < 0.7 ? 1 : 2 }, () => this.step(withs - 1));
      return { type: 'with', count: { op, value: this.pick([0, 1, 2, 3]) }, steps };
    }
    return { type: 'all' };
  }

  step(withs: number): TraversalStep {
    const minDepth = this.pick([0, 1, 1, 1, 2]);
    const maxDepth = Math.max(1, minDepth + this.pick([0, 0, 1, 2]));
    const types =
      this.next() < 0.5 ? [] : [this.pick(EDGE_TYPES), ...(this.next() < 0.3 ? [this.pick(EDGE_TYPES)] : [])];
    return {
      direction: this.pick(['out', 'in', 'both'] as const),
      ...(types.length > 0 ? { edgeTypes: types } : {}),
      ...(this.next() < 0.8 ? { minDepth, maxDepth } : {}),
      ...(this.next() < 0.5 ? { filter: this.predicate(1, withs) } : {}),
    };
  }

  sort(): SortKey[] {
    return Array.from({ length: this.pick([1, 1, 2]) }, () => ({
      path: this.pick(PLAIN_PATHS),
      ...(this.next() < 0.5 ? { descending: true } : {}),
    }));
  }

  aggregation(): Aggregation {
    const op = this.pick(['count', 'sum', 'min', 'max', 'avg'] as const);
    const groupBy = Array.from({ length: this.pick([0, 1, 1, 2]) }, () => this.pick(PLAIN_PATHS));
    return {
      op,
      groupBy,
      ...(op === 'count'
        ? {}
        : { path: this.pick([data({ key: 'size' }), data({ key: 'list' }, { index: 0 }), data({ key: 'label' })]) }),
    };
  }

  resourceSearch(): ResourceSearch {
    const query: ResourceSearch = { target: 'resources', filter: this.predicate(3, 1) };
    if (this.next() < 0.4) query.steps = Array.from({ length: this.pick([1, 1, 2]) }, () => this.step(1));
    const roll = this.next();
    if (roll < 0.25) {
      query.aggregate = this.aggregation();
      if (this.next() < 0.4) {
        const groupSort = query.aggregate.groupBy.map((path) => ({ path, descending: this.next() < 0.5 }));
        query.sort = [
          ...(this.next() < 0.5 ? [{ value: true as const, descending: this.next() < 0.5 }] : []),
          ...groupSort,
        ];
      }
    } else if (roll < 0.5) query.sort = this.sort();
    if (this.next() < 0.2) query.limit = this.pick([1, 3, 10]);
    return query;
  }
}

async function allPages(store: SqliteGraphStore, query: SearchQuery, limit: number): Promise<SearchPage[]> {
  const pages: SearchPage[] = [];
  let pageToken: string | undefined;
  do {
    const page = await store.search(query, { limit, ...(pageToken === undefined ? {} : { pageToken }) });
    pages.push(page);
    pageToken = page.nextPageToken;
    if (pages.length > 200) throw new Error('too many pages');
  } while (pageToken !== undefined);
  return pages;
}

describe('sqlite search', () => {
  let store: SqliteGraphStore;
  let reference: SearchReference;
  let stored: StoredResource[];

  beforeAll(async () => {
    store = new SqliteGraphStore({ path: join(dataDir, 'estate.db') });
    await store.init();
    const { resources, edges } = estate();
    await store.writeResources('sync-1', resources);
    await store.writeEdges('sync-1', edges);
    await store.writeResources(
      'sync-2',
      resources.slice(0, 10).map((item) => ({ ...item, name: `${item.name}!` })),
    );
    await store.finishSync('sync-2', []);
    stored = (await store.listResources({}, { limit: 1000 })).items;
    const changes: ChangeRecord[] = (await store.listChanges({}, { limit: 1000 })).items;
    reference = new SearchReference(stored, edges, changes);
  });
  afterAll(async () => store.close());

  it('answers generated resource searches as the reference does, over pages of every size', async () => {
    const maker = new QueryMaker(random(42));
    for (let index = 0; index < 300; index++) {
      const query = maker.resourceSearch();
      const pageSize = maker.pick([3, 100, 100]);
      const label = `query ${index} (pages of ${pageSize}): ${JSON.stringify(query)}`;
      const pages = await allPages(store, query, pageSize);
      if (query.aggregate) {
        const expected = reference.rows({ ...query, aggregate: query.aggregate });
        expect({ label, rows: pages.flatMap((page) => page.rows ?? []) }).toEqual({ label, rows: expected });
      } else {
        const expected = reference.resources(query).map((item) => item.uid);
        const uids = pages.flatMap((page) => page.resources ?? []).map((item) => item.uid);
        if (JSON.stringify(uids) !== JSON.stringify(expected))
          throw new Error(`${label}\n${JSON.stringify(uids)}\n${JSON.stringify(expected)}`);
      }
    }
  });

  it('answers generated change searches as the reference does', async () => {
    const maker = new QueryMaker(random(9));
    const changeFields = ['sync_id', 'uid', 'kind', 'name', 'change', 'at'] as const;
    const atTimes = (await store.listChanges({}, { limit: 1000 })).items.map((change) => change.at);
    for (let index = 0; index < 100; index++) {
      const path = { root: 'field', name: maker.pick(changeFields) } as unknown as FieldPath;
      const filter: Predicate = maker.pick<Predicate>([
        { type: 'all' },
        { type: 'is', kinds: [maker.pick(KINDS)] },
        {
          type: 'compare',
          path,
          op: 'eq',
          value: { type: 'string', value: maker.pick(['updated', 'created', 'sync-2', 'vol-04']) },
        },
        { type: 'compare', path, op: 'glob', value: { type: 'string', value: maker.pick(['*-0?', 'up*', 'sync-*']) } },
      ]);
      const query: ChangeSearch = { target: 'changes', filter };
      if (maker.next() < 0.5) query.since = { type: 'time', value: maker.pick(atTimes) };
      if (maker.next() < 0.3) query.until = { type: 'time', value: maker.pick(atTimes) };
      if (maker.next() < 0.3) query.sort = [{ path, descending: maker.next() < 0.5 }];
      if (maker.next() < 0.3) query.aggregate = { op: 'count', groupBy: [path] };
      if (maker.next() < 0.3) query.limit = 5;
      const pages = await allPages(store, query, maker.pick([1, 3, 100]));
      const label = `change query ${index}: ${JSON.stringify(query)}`;
      if (query.aggregate) {
        const rows = pages.flatMap((page) => page.rows ?? []);
        expect({ label, rows }).toEqual({
          label,
          rows: reference.changeRows({ ...query, aggregate: query.aggregate }),
        });
      } else {
        const changes = pages.flatMap((page) => page.changes ?? []);
        expect({ label, changes }).toEqual({ label, changes: reference.changeRecords(query) });
      }
    }
  });

  it('pages unsorted resources by uid and stops at the query limit across pages', async () => {
    const query: ResourceSearch = { target: 'resources', filter: { type: 'all' }, limit: 7 };
    const first = await store.search(query, { limit: 5 });
    expect(first.resources?.map((item) => item.uid)).toEqual(stored.slice(0, 5).map((item) => item.uid));
    const second = await store.search(query, { limit: 5, pageToken: first.nextPageToken! });
    expect(second.resources?.map((item) => item.uid)).toEqual(stored.slice(5, 7).map((item) => item.uid));
    expect(second.nextPageToken).toBeUndefined();
  });

  it('refuses a token it did not issue, naming page.pageToken', async () => {
    const query: ResourceSearch = {
      target: 'resources',
      filter: { type: 'all' },
      sort: [{ path: { root: 'field', name: 'name' } }],
    };
    await expect(store.search(query, { pageToken: 'bm9wZQ' })).rejects.toMatchObject({ field: 'page.pageToken' });
    const unsorted = await store.search({ target: 'resources', filter: { type: 'all' } }, { limit: 1 });
    await expect(store.search(query, { pageToken: unsorted.nextPageToken! })).rejects.toMatchObject({
      field: 'page.pageToken',
    });
  });

  it('answers a sorted page beyond SEARCH_LIMITS.sortedOffset with StoreLimitError sortedOffset', async () => {
    const query: ResourceSearch = {
      target: 'resources',
      filter: { type: 'all' },
      sort: [{ path: { root: 'field', name: 'name' } }],
    };
    const token = Buffer.from(JSON.stringify([100_001])).toString('base64url');
    await expect(store.search(query, { pageToken: token })).rejects.toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      limit: 'sortedOffset',
    });
  });

  it('gives exactly one row without groupBy, also over no resource', async () => {
    const none: Predicate = { type: 'is', kinds: ['nothing'] };
    for (const op of ['count', 'sum', 'avg', 'min', 'max'] as const) {
      const aggregate: Aggregation = { op, groupBy: [], ...(op === 'count' ? {} : { path: data({ key: 'size' }) }) };
      const page = await store.search({ target: 'resources', filter: none, aggregate });
      expect(page.rows).toEqual([{ group: {}, value: op === 'count' ? 0 : null }]);
    }
  });

  it('binds every value: hostile text in keys, tags and literals is data, never SQL', async () => {
    const hostile = `x'); DROP TABLE resources; --"]`;
    const statements: string[] = [];
    const db = new Database(join(dataDir, 'estate.db'));
    const spied = new Proxy(db, {
      get(target, property, receiver) {
        if (property === 'prepare')
          return (text: string) => {
            statements.push(text);
            return target.prepare(text);
          };
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const search = new SqliteSearch(spied);
    const filter: Predicate = {
      type: 'or',
      terms: [
        { type: 'compare', path: { root: 'tag', key: hostile }, op: 'eq', value: { type: 'string', value: hostile } },
        {
          type: 'compare',
          path: data({ key: hostile }, { quantifier: 'any' }),
          op: 'glob',
          value: { type: 'string', value: hostile },
        },
        {
          type: 'compare',
          path: { root: 'field', name: 'name' },
          op: 'in',
          value: [{ type: 'string', value: hostile }],
        },
        { type: 'is', kinds: ['vol', 'inst'] },
      ],
    };
    const page = search.search({
      target: 'resources',
      filter,
      aggregate: { op: 'count', groupBy: [{ root: 'tag', key: hostile }] },
    });
    const expected = stored.filter((item) => ['vol', 'inst'].includes(item.kind)).length;
    expect(page.rows).toEqual([{ group: { [`tags[${JSON.stringify(hostile)}]`]: null }, value: expected }]);
    expect(statements.length).toBeGreaterThan(0);
    for (const text of statements) expect(text).not.toContain('DROP');
    expect((await store.listResources({}, { limit: 1 })).items).toHaveLength(1);
    db.close();
  });

  it('answers StoreLimitError timeMs when a page runs past its time', async () => {
    const db = new Database(join(dataDir, 'estate.db'));
    const search = new SqliteSearch(db, { timeMs: 0 });
    const deep: TraversalStep = { direction: 'both', minDepth: 2, maxDepth: 5 };
    const query: ResourceSearch = {
      target: 'resources',
      filter: { type: 'with', count: { op: 'gte', value: 40 }, steps: [deep, deep, deep] },
    };
    let thrown: unknown;
    try {
      search.search(query);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreLimitError);
    expect(thrown).toMatchObject({ code: 'RESOURCE_EXHAUSTED', limit: 'timeMs' });
    db.close();
  });
});
