import type { ManagedTransaction } from 'neo4j-driver';
import { StoreLimitError } from '../errors.js';
import { valuesAt } from '../search/evaluate-search.js';
import { formatFieldPath } from '../search/field-paths.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { Aggregation, FieldPath, SearchPage, SearchRow, SortKey } from '../search/search-query.js';
import { compareSortValues, groupText } from '../search/value-order.js';
import { cypher } from './cypher-statement.js';
import { runRows } from './neo4j-session.js';
import { resourceProjection, toStoredResource, type ResourceRow } from './resource-node.js';
import { nextToken, pageRoom, sortedOffset, type SearchCursor } from './search-order.js';
import type { SearchParams } from './search-params.js';
import type { ResourceSet } from './search-sets.js';
import { isNumber, nodeValue } from './search-value-cypher.js';

/** What one group gathers: enough to merge groups whose values print the same (an integer 10 and the text "10"). */
export interface GroupTotals {
  groups: (string | null)[];
  count: number;
  sum: number;
  numbers: number;
  min: number | null;
  max: number | null;
}

/**
 * The groups of `set`: in Cypher when every path lies on the node (core fields, tags, top-level data), the raw
 * values then printed as text in process; otherwise every member is read and grouped in process.
 */
export async function resourceGroups(
  tx: ManagedTransaction,
  set: ResourceSet,
  aggregation: Aggregation,
): Promise<GroupTotals[]> {
  const inCypher = groupColumns(aggregation, set.params);
  if (inCypher === undefined) return groupInProcess(tx, set, aggregation);
  const rows = await runRows<{ groups: unknown[]; count: number; sum: number | null; numbers: number; min: number | null; max: number | null }>(
    tx,
    cypher(
      [
        `${set.text} WITH [${inCypher.groups.join(', ')}] AS groups, ${inCypher.value} AS v`,
        'RETURN groups, count(*) AS count, sum(v) AS sum, count(v) AS numbers, min(v) AS min, max(v) AS max',
      ].join('\n'),
      set.params.values,
    ),
  );
  return merged(
    rows.map((row) => ({
      groups: row.groups.map(groupText),
      count: row.count,
      sum: row.sum ?? 0,
      numbers: row.numbers,
      min: row.min,
      max: row.max,
    })),
  );
}

function groupColumns(aggregation: Aggregation, params: SearchParams): { groups: string[]; value: string } | undefined {
  const groups: string[] = [];
  for (const path of aggregation.groupBy) {
    const value = nodeValue(path, 'r', params);
    if (value.place === 'nested') return undefined;
    groups.push(value.expression);
  }
  if (aggregation.op === 'count' || aggregation.path === undefined) return { groups, value: 'null' };
  const value = nodeValue(aggregation.path, 'r', params);
  if (value.place === 'nested') return undefined;
  if (value.place === 'text') return { groups, value: 'null' };
  return { groups, value: `CASE WHEN ${isNumber(value.expression)} THEN ${value.expression} END` };
}

async function groupInProcess(tx: ManagedTransaction, set: ResourceSet, aggregation: Aggregation): Promise<GroupTotals[]> {
  const rows = await runRows<{ resource: ResourceRow }>(
    tx,
    cypher(`${set.text} RETURN ${resourceProjection('r')} AS resource`, set.params.values),
  );
  return merged(
    rows.map((row) => {
      const resource = toStoredResource(row.resource);
      const value = aggregation.path === undefined ? undefined : valuesAt(resource, aggregation.path);
      return totalsOf(aggregation.groupBy.map((path) => groupText(valuesAt(resource, path))), value);
    }),
  );
}

export function totalsOf(groups: (string | null)[], value: unknown): GroupTotals {
  const number = typeof value === 'number' ? value : undefined;
  return {
    groups,
    count: 1,
    sum: number ?? 0,
    numbers: number === undefined ? 0 : 1,
    min: number ?? null,
    max: number ?? null,
  };
}

export function merged(parts: GroupTotals[]): GroupTotals[] {
  const byGroups = new Map<string, GroupTotals>();
  for (const part of parts) {
    const key = JSON.stringify(part.groups);
    const known = byGroups.get(key);
    if (known === undefined) {
      byGroups.set(key, { ...part });
      if (byGroups.size > SEARCH_LIMITS.groups)
        throw new StoreLimitError('groups', `an aggregation returns at most ${SEARCH_LIMITS.groups} rows`);
      continue;
    }
    known.count += part.count;
    known.sum += part.sum;
    known.numbers += part.numbers;
    known.min = extreme(known.min, part.min, Math.min);
    known.max = extreme(known.max, part.max, Math.max);
  }
  return [...byGroups.values()];
}

function extreme(a: number | null, b: number | null, pick: (x: number, y: number) => number): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return pick(a, b);
}

/**
 * The page of rows: one per group (exactly one without groupBy, over no resource too), ordered by the sort keys
 * (`value`, or a group field by its path) then by the groups, each as compareSortValues orders text.
 */
export function rowPage(
  totals: GroupTotals[],
  aggregation: Aggregation,
  sort: SortKey[] | undefined,
  queryLimit: number | undefined,
  cursor: SearchCursor,
): SearchPage {
  const names = aggregation.groupBy.map(formatFieldPath);
  const all = totals.length === 0 && names.length === 0 ? [totalsOf([], undefined)] : totals;
  if (totals.length === 0 && names.length === 0) all[0]!.count = 0;
  const rows = all.map((entry) => ({ entry, value: rowValue(entry, aggregation.op) }));
  const keys = sort ?? [];
  rows.sort((a, b) => {
    for (const key of keys) {
      const index = 'path' in key ? names.indexOf(formatFieldPath(key.path as FieldPath)) : -1;
      const left = 'value' in key ? a.value : a.entry.groups[index];
      const right = 'value' in key ? b.value : b.entry.groups[index];
      const order = compareSortValues(left, right, key.descending ?? false);
      if (order !== 0) return order;
    }
    for (let index = 0; index < names.length; index += 1) {
      const order = compareSortValues(a.entry.groups[index], b.entry.groups[index]);
      if (order !== 0) return order;
    }
    return 0;
  });
  const offset = sortedOffset(cursor);
  const room = pageRoom(cursor, queryLimit);
  const page: SearchRow[] = rows.slice(offset, offset + room).map(({ entry, value }) => ({
    group: Object.fromEntries(names.map((name, index) => [name, entry.groups[index] ?? null])),
    value,
  }));
  const end = offset + page.length;
  const token = nextToken(cursor, queryLimit, page.length, end < rows.length, end);
  return token === undefined ? { rows: page } : { rows: page, nextPageToken: token };
}

function rowValue(entry: GroupTotals, op: Aggregation['op']): number | null {
  switch (op) {
    case 'count':
      return entry.count;
    case 'sum':
      return entry.numbers === 0 ? null : entry.sum;
    case 'avg':
      return entry.numbers === 0 ? null : entry.sum / entry.numbers;
    case 'min':
      return entry.min;
    case 'max':
      return entry.max;
  }
}
