import { describe, expect, it } from '@jest/globals';
import { loadSync } from '@grpc/proto-loader';
import { join } from 'node:path';
import { InvalidArgumentError, protoDir, protoLoaderOptions } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';
import { protoFieldOf } from './proto-field-path.js';
import { searchFromProto } from './search-from-proto.js';

/** The message as the server reads it: encoded and decoded with the loader's options (defaults, oneof names). */
function asReceived(query: InventoryApi.SearchQuery): InventoryApi.SearchQuery__Output {
  const definition = loadSync(join(protoDir, 'inventory.proto'), protoLoaderOptions);
  const service = definition['cloudinventory.inventory.v1.Inventory'] as unknown as {
    Search: {
      requestSerialize(value: InventoryApi.SearchRequest): Buffer;
      requestDeserialize(bytes: Buffer): InventoryApi.SearchRequest__Output;
    };
  };
  const received = service.Search.requestDeserialize(service.Search.requestSerialize({ query }));
  if (!received.query) throw new Error('the query did not survive encoding');
  return received.query;
}

function refusal(query: InventoryApi.SearchQuery): string {
  try {
    searchFromProto(asReceived(query));
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error.message;
    throw error;
  }
  throw new Error('expected the query to be refused');
}

const kind = (name: string): InventoryApi.Predicate => ({ is: { kinds: [name] } });

describe('searchFromProto', () => {
  it('reads steps, with conditions, literals, aggregation and sort as the model', () => {
    const query = searchFromProto(
      asReceived({
        filter: {
          and: {
            terms: [
              kind('volume'),
              { compare: { path: { field: 'age' }, op: 'GT', value: { duration_seconds: 86_400 } } },
              { compare: { path: { field: 'created_at' }, op: 'LT', value: { time: { offset_seconds: -60 } } } },
              {
                with: {
                  count: { op: 'EQ', value: 0 },
                  steps: [{ direction: 'OUT', edge_types: ['attached_to'], min_depth: 0, max_depth: 2 }],
                },
              },
              {
                compare: {
                  path: { data: { segments: [{ key: 'Tags' }, { quantifier: 'ANY' }, { index: 0 }] } },
                  op: 'EXISTS',
                },
              },
            ],
          },
        },
        steps: [{ filter: kind('instance') }],
        aggregate: { op: 'SUM', path: { data: { segments: [{ key: 'Size' }] } }, group_by: [{ tag: 'team' }] },
        sort: [{ value: true, descending: true }],
        limit: 5,
      }),
    );
    expect(query).toEqual({
      target: 'resources',
      filter: {
        type: 'and',
        terms: [
          { type: 'is', kinds: ['volume'] },
          {
            type: 'compare',
            path: { root: 'field', name: 'age' },
            op: 'gt',
            value: { type: 'duration', seconds: 86_400 },
          },
          {
            type: 'compare',
            path: { root: 'field', name: 'created_at' },
            op: 'lt',
            value: { type: 'relative_time', offsetSeconds: -60 },
          },
          {
            type: 'with',
            count: { op: 'eq', value: 0 },
            steps: [{ direction: 'out', edgeTypes: ['attached_to'], minDepth: 0, maxDepth: 2 }],
          },
          {
            type: 'compare',
            path: { root: 'data', segments: [{ key: 'Tags' }, { quantifier: 'any' }, { index: 0 }] },
            op: 'exists',
          },
        ],
      },
      steps: [{ direction: 'both', filter: { type: 'is', kinds: ['instance'] } }],
      aggregate: {
        op: 'sum',
        path: { root: 'data', segments: [{ key: 'Size' }] },
        groupBy: [{ root: 'tag', key: 'team' }],
      },
      sort: [{ value: true, descending: true }],
      limit: 5,
    });
  });

  it('reads a change search with since and until; an absent filter is all', () => {
    expect(
      searchFromProto(
        asReceived({ target: 'CHANGES', since: { instant: '2026-01-01' }, until: { offset_seconds: 0 } }),
      ),
    ).toEqual({
      target: 'changes',
      filter: { type: 'all' },
      since: { type: 'time', value: '2026-01-01' },
      until: { type: 'relative_time', offsetSeconds: 0 },
    });
  });

  it('names the proto field of what the message alone gets wrong', () => {
    expect(refusal({ target: 'CHANGES', steps: [{}] })).toBe('query.steps: is for target RESOURCES only');
    expect(refusal({ until: { instant: '2026-01-01' } })).toBe('query.until: is for target CHANGES only');
    expect(refusal({ sort: [{ descending: true }] })).toBe('query.sort[0]: must set path, or value to true');
    expect(refusal({ filter: { or: { terms: [] } } })).toBe('query.filter.or.terms: must have at least one term');
    expect(refusal({ filter: { with: { count: { value: 1 }, steps: [{}] } } })).toBe(
      'query.filter.with.count.op: must be EQ, NE, LT, LTE, GT or GTE',
    );
    expect(
      refusal({
        filter: { compare: { path: { data: { segments: [{ quantifier: 'QUANTIFIER_UNSPECIFIED' }] } }, op: 'EXISTS' } },
      }),
    ).toBe('query.filter.compare.path.data.segments[0].quantifier: must be ANY, ALL or NONE');
    expect(refusal({ filter: { compare: { path: { tag: 'a' }, op: 'IN', value: { bool_value: true } } } })).toBe(
      'query.filter.compare.value: must be absent for IN (use values)',
    );
    expect(refusal({ filter: { compare: { path: { tag: 'a' }, op: 'EQ', value: {} } } })).toBe(
      'query.filter.compare.value: must set one of string_value, number_value, bool_value, time, duration_seconds',
    );
  });

  it('refuses a tree nested without bound before recursing through it', () => {
    let filter: InventoryApi.Predicate = kind('volume');
    for (let depth = 0; depth < 90; depth++) filter = { not: filter };
    expect(refusal({ filter })).toMatch(/^query\.filter(\.not){65}: nests too deep/);
  });
});

describe('protoFieldOf', () => {
  const query = searchFromProto(
    asReceived({
      filter: {
        or: {
          terms: [
            { not: kind('volume') },
            { compare: { path: { data: { segments: [{ key: 'a' }] } }, op: 'IN', values: [{ string_value: 'x' }] } },
            {
              with: {
                count: { op: 'GTE', value: 1 },
                steps: [{ filter: { compare: { path: { tag: 't' }, op: 'LT', value: { time: { instant: 'x' } } } } }],
              },
            },
          ],
        },
      },
      steps: [{ edge_types: ['a'] }],
      aggregate: { group_by: [{ field: 'region' }] },
    }),
  );

  it.each([
    ['query.filter.terms[0].term.kinds[0]', 'query.filter.or.terms[0].not.is.kinds[0]'],
    ['query.filter.terms[1].path.segments[0].key', 'query.filter.or.terms[1].compare.path.data.segments[0].key'],
    ['query.filter.terms[1].value[0].value', 'query.filter.or.terms[1].compare.values[0].string_value'],
    [
      'query.filter.terms[2].steps[0].filter.value.value',
      'query.filter.or.terms[2].with.steps[0].filter.compare.value.time.instant',
    ],
    [
      'query.filter.terms[2].steps[0].filter.path.key',
      'query.filter.or.terms[2].with.steps[0].filter.compare.path.tag',
    ],
    ['query.filter.terms[2].count.value', 'query.filter.or.terms[2].with.count.value'],
    ['query.steps[0].edgeTypes[0]', 'query.steps[0].edge_types[0]'],
    ['query.aggregate.groupBy[0].name', 'query.aggregate.group_by[0].field'],
    ['page.pageToken', 'page.pageToken'],
  ])('%s is %s', (modelField, protoField) => {
    expect(protoFieldOf(modelField, query)).toBe(protoField);
  });
});
