import { describe, expect, it } from '@jest/globals';
import type { GraphStore, ResourceRecord } from '../graph-store.js';
import { formatFieldPath } from '../search/field-paths.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { Predicate, SearchQuery } from '../search/search-query.js';
import type { ContractContext } from './contract-context.js';
import { resource } from './fixtures.js';
import { HOSTILE_STRINGS } from './hostile.cases.js';
import {
  ALL,
  and,
  cmp,
  count,
  data,
  dataKeys,
  field,
  is,
  not,
  num,
  out,
  search,
  step,
  str,
  tag,
  withAny,
} from './search-builders.js';
import { collectPages, resourceFailures, type CaseFailure } from './search-checks.js';
import type { ResourceCase } from './search-expectations.js';
import { ALL_IDS, FINAL_RESOURCES, seedSearchEstate } from './search-fixtures.js';

/** Strings short enough for a tag key or a data key (SEARCH_LIMITS bounds what a query may name). */
const HOSTILE = HOSTILE_STRINGS.filter((text) => text.length <= 1024);

/** A resource whose name, tag keys and values, and data keys and values are the hostile strings. */
const victim: ResourceRecord = resource({
  id: 'bucket-hostile',
  kind: 'aws_s3_bucket',
  serviceGroup: 'S3',
  name: HOSTILE[3]!,
  tags: Object.fromEntries(HOSTILE.map((text, index) => [text, HOSTILE[(index + 1) % HOSTILE.length]!])),
  data: Object.fromEntries(HOSTILE.map((text, index) => [text, { value: text, n: index }])),
});

export interface RefusedQuery {
  name: string;
  query: SearchQuery;
  /** The field the InvalidStoreArgumentError names. */
  field: string;
}

const nested = (depth: number): Predicate => (depth === 0 ? ALL : not(nested(depth - 1)));

/** Queries every store refuses before running them, each with the field its InvalidStoreArgumentError names. */
export const REFUSED_QUERIES: RefusedQuery[] = [
  { name: 'a kind with a backtick', query: search(is('aws`) DETACH DELETE n //')), field: 'query.filter.kinds[0]' },
  { name: 'a kind with a NUL', query: search(is('aws_s3_bucket\0')), field: 'query.filter.kinds[0]' },
  { name: 'a kind with a quote', query: search(is(`aws_s3_bucket' OR '1'='1`)), field: 'query.filter.kinds[0]' },
  { name: 'an empty kind', query: search(and(ALL, is('aws_s3_bucket', ''))), field: 'query.filter.terms[1].kinds[1]' },
  {
    name: 'an edge type that closes the pattern',
    query: search(ALL, { steps: [step('out', { types: ['routes_to]->(m) DETACH DELETE m //'] })] }),
    field: 'query.steps[0].edgeTypes[0]',
  },
  {
    name: 'an edge type with a dollar',
    query: search(ALL, { steps: [step('out', { types: ['routes_to', '$param'] })] }),
    field: 'query.steps[0].edgeTypes[1]',
  },
  {
    name: 'an edge type in a with',
    query: search(withAny(step('both', { types: ["x'); DROP TABLE resources; --"] }))),
    field: 'query.filter.steps[0].edgeTypes[0]',
  },
  {
    name: 'a catastrophic regex',
    query: search(cmp(field('name'), 'matches', str('(a+)+$'))),
    field: 'query.filter.value.value',
  },
  {
    name: 'a regex with a backreference',
    query: search(cmp(field('name'), 'matches', str('(a)\\1'))),
    field: 'query.filter.value.value',
  },
  {
    name: 'an in list over the limit',
    query: search(
      cmp(
        field('name'),
        'in',
        Array.from({ length: SEARCH_LIMITS.listEntries + 1 }, (_, n) => str(`n${n}`)),
      ),
    ),
    field: 'query.filter.value',
  },
  {
    name: 'an is list over the limit',
    query: search(is(...Array.from({ length: SEARCH_LIMITS.listEntries + 1 }, (_, n) => `kind_${n}`))),
    field: 'query.filter.kinds',
  },
  {
    name: 'nesting over the limit',
    query: search(nested(SEARCH_LIMITS.nesting + 1)),
    field: `query.filter${'.term'.repeat(SEARCH_LIMITS.nesting + 1)}`,
  },
  {
    name: 'terms over the limit',
    query: search(
      and(
        ...Array.from({ length: 100 }, (_, n) =>
          and(cmp(field('name'), 'eq', str(`a${n}`)), cmp(data('x'), 'eq', num(n))),
        ),
      ),
    ),
    field: 'query.filter.terms[85]',
  },
  {
    name: 'a string literal over the limit',
    query: search(cmp(field('name'), 'eq', str('x'.repeat(SEARCH_LIMITS.stringLength + 1)))),
    field: 'query.filter.value.value',
  },
  {
    name: 'a tag key over the limit',
    query: search(cmp(tag('k'.repeat(10_000)), 'exists')),
    field: 'query.filter.path.key',
  },
  {
    name: 'an unresolved relative time',
    query: search(cmp(field('created_at'), 'lt', { type: 'relative_time', offsetSeconds: -86_400 })),
    field: 'query.filter.value.type',
  },
  {
    name: 'an unresolved age',
    query: search(cmp(field('age'), 'gt', { type: 'duration', seconds: 86_400 })),
    field: 'query.filter.path.name',
  },
  {
    name: 'a time that is no ISO-8601',
    query: search(cmp(field('created_at'), 'lt', { type: 'time', value: "2024-01-01'); DROP TABLE resources; --" })),
    field: 'query.filter.value.value',
  },
  {
    name: 'a change search over tags',
    query: { target: 'changes', filter: cmp(tag('Env'), 'exists') },
    field: 'query.filter.path.root',
  },
  {
    name: 'a change field a resource search has no',
    query: search(cmp(field('change'), 'eq', str('deleted'))),
    field: 'query.filter.path.name',
  },
  {
    name: 'too many steps',
    query: search(ALL, { steps: Array.from({ length: SEARCH_LIMITS.steps + 1 }, () => out('routes_to')) }),
    field: 'query.steps',
  },
  {
    name: 'a depth over the limit',
    query: search(ALL, { steps: [step('out', { max: SEARCH_LIMITS.stepDepth + 1 })] }),
    field: 'query.steps[0].maxDepth',
  },
  { name: 'a limit of 0', query: search(ALL, { limit: 0 }), field: 'query.limit' },
  {
    name: 'a quantifier in a group',
    query: search(ALL, { aggregate: count(data('Attachments', 'any')) }),
    field: 'query.aggregate.groupBy[0].segments[1].quantifier',
  },
];

export function describeSearchHostility(context: ContractContext): void {
  describe('hostile searches', () => {
    async function seeded(): Promise<GraphStore> {
      const store = await context.open();
      await seedSearchEstate(store);
      await store.writeResources('sync-3', [victim]);
      return store;
    }

    it('treats hostile strings as plain values in every position', async () => {
      const store = await seeded();
      const cases: ResourceCase[] = [];
      // The victim is no fixture of the estate: idOf answers its uid.
      const only = (matches: boolean) => (matches ? [victim.uid] : []);
      HOSTILE.forEach((text, index) => {
        const name = `hostile ${index}`;
        cases.push(
          {
            name: `${name}: name eq`,
            query: search(cmp(field('name'), 'eq', str(text))),
            ids: only(text === victim.name),
          },
          {
            name: `${name}: name contains`,
            query: search(cmp(field('name'), 'contains', str(text))),
            ids: only(victim.name.includes(text)),
          },
          {
            name: `${name}: glob`,
            query: search(cmp(field('name'), 'glob', str(text))),
            ids: only(text === victim.name),
          },
          { name: `${name}: tag exists`, query: search(cmp(tag(text), 'exists')), ids: only(true) },
          { name: `${name}: tag value`, query: search(cmp(tag(text), 'eq', str(victim.tags[text]!))), ids: only(true) },
          { name: `${name}: uid`, query: search(cmp(field('uid'), 'eq', str(text))), ids: [] },
          { name: `${name}: data key`, query: search(cmp(dataKeys(text, 'value'), 'eq', str(text))), ids: only(true) },
          {
            name: `${name}: data key and number`,
            query: search(cmp(dataKeys(text, 'n'), 'eq', num(index))),
            ids: only(true),
          },
          { name: `${name}: data key ne`, query: search(cmp(dataKeys(text, 'value'), 'ne', str(text))), ids: [] },
          {
            name: `${name}: in`,
            query: search(cmp(tag(text), 'in', [str(text), str(victim.tags[text]!)])),
            ids: only(true),
          },
          {
            name: `${name}: step filter`,
            query: search(is('aws_ec2_route_table'), {
              steps: [out('routes_to', { filter: cmp(tag(text), 'exists') })],
            }),
            ids: [],
          },
        );
      });
      cases.push(
        { name: 'glob brackets are characters', query: search(cmp(field('name'), 'glob', str('[i]-*'))), ids: [] },
        { name: 'glob backslash is a character', query: search(cmp(field('name'), 'glob', str('\\*'))), ids: [] },
        { name: 'contains percent and underscore', query: search(cmp(field('name'), 'contains', str('%'))), ids: [] },
        { name: 'contains underscore', query: search(cmp(field('id'), 'contains', str('_'))), ids: [] },
      );
      expect(await resourceFailures(store, cases)).toEqual([]);
      const key = HOSTILE[0]!;
      const rows = await collectPages(store, search(ALL, { aggregate: count(tag(key)) }));
      expect(rows.rows).toEqual([
        { group: { [formatFieldPath(tag(key))]: victim.tags[key]! }, value: 1 },
        { group: { [formatFieldPath(tag(key))]: null }, value: ALL_IDS.length },
      ]);
      const sorted = await collectPages(
        store,
        search(is('aws_s3_bucket'), { sort: [{ path: dataKeys(HOSTILE[4]!, 'n') }] }),
      );
      expect(sorted.resources[0]?.uid).toBe(victim.uid);
      const changes = await collectPages(store, {
        target: 'changes',
        filter: cmp(field('name'), 'eq', str(victim.name)),
      });
      expect(changes.changes.map((item) => item.uid)).toEqual([victim.uid]);
    });

    it('refuses queries over the limits or with invalid labels, naming the field, and keeps its data', async () => {
      const store = await seeded();
      const before = await snapshot(store);
      const failures: CaseFailure[] = [];
      for (const refused of REFUSED_QUERIES) {
        const expected = { code: 'INVALID_ARGUMENT', field: refused.field };
        try {
          const page = await store.search(refused.query);
          failures.push({ case: refused.name, expected, got: `answered ${JSON.stringify(page).slice(0, 200)}` });
        } catch (error) {
          const got = { code: (error as { code?: unknown }).code, field: (error as { field?: unknown }).field };
          if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ case: refused.name, expected, got });
        }
      }
      expect(failures).toEqual([]);
      await expect(store.search(search(ALL), { pageToken: "x'); DROP TABLE resources; --" })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      expect(await snapshot(store)).toEqual(before);
      const everything = await collectPages(store, search(ALL));
      expect(everything.resources).toHaveLength(ALL_IDS.length + 1);
    });
  });
}

/** What a hostile query must leave as it was: every resource, the edges and the change log. */
async function snapshot(store: GraphStore): Promise<unknown> {
  const resources = await Promise.all([...FINAL_RESOURCES, victim].map((item) => store.getResource(item.uid)));
  const changes = await store.listChanges({}, { limit: 1000 });
  return { resources, edges: await store.countEdges(), changes: changes.items.length };
}
