import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError, StoreLimitError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import { formatFieldPath } from '../search/field-paths.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { Aggregation, SearchPage, SearchRow, SortKey } from '../search/search-query.js';
import { nextOffsetToken, offsetPage } from './sqlite-search-order.js';
import { joinSql, raw, sql, type SqlPart } from './sqlite-search-sql.js';
import { valueRefOf, type RowScope, type ValueRef } from './sqlite-search-values.js';

/** The rows a search reads: the table (aliased as `scope` names), a condition on its row, the CTEs it reads. */
export interface RowSource {
  scope: RowScope;
  table: SqlPart;
  ctes: SqlPart[];
  where: SqlPart;
}

export interface RowsQuery {
  aggregate: Aggregation;
  sort?: SortKey[];
  limit?: number;
}

/**
 * One row per distinct combination of the groups' text (Aggregation), all of them computed by one statement in
 * their order, at most SEARCH_LIMITS.groups (StoreLimitError beyond); a page is a slice of them.
 */
export function aggregateRows(
  db: Database,
  source: RowSource,
  query: RowsQuery,
  page: PageRequest | undefined,
): SearchPage {
  const { aggregate } = query;
  const slice = offsetPage(page, query.limit);
  const groupRefs = aggregate.groupBy.map((path) => valueRefOf(source.scope, path));
  const inner = groupRefs.map((ref, index) => sql`${groupText(ref)} AS ${raw(`g${index}`)}`);
  inner.push(sql`${measured(source.scope, aggregate)} AS v`);
  const outer = groupRefs.map((_, index) => raw(`g${index}`));
  outer.push(sql`${aggregateSql(aggregate)} AS value`);
  const groupBy =
    groupRefs.length === 0 ? raw('') : raw(` GROUP BY ${groupRefs.map((_, index) => `g${index}`).join(', ')}`);
  const order = [
    ...(query.sort ?? []).flatMap((key, index) => sortKeyTerms(key, index, aggregate)),
    ...groupRefs.flatMap((_, index) => groupTerms(index, false)),
  ];
  const withSql = source.ctes.length === 0 ? raw('') : sql`WITH RECURSIVE ${joinSql(source.ctes, ', ')} `;
  const orderSql = order.length === 0 ? raw('') : sql` ORDER BY ${joinSql(order, ', ')}`;
  const statement = sql`${withSql}SELECT ${joinSql(outer, ', ')} FROM (SELECT ${joinSql(inner, ', ')} FROM ${source.table} WHERE ${source.where})${groupBy}${orderSql} LIMIT ${SEARCH_LIMITS.groups + 1}`;
  const rows = db.prepare<unknown[], Record<string, unknown>>(statement.text).all(...statement.params);
  if (rows.length > SEARCH_LIMITS.groups)
    throw new StoreLimitError('groups', `the aggregation has more than ${SEARCH_LIMITS.groups} groups`);
  const names = aggregate.groupBy.map(formatFieldPath);
  const pageRows = rows.slice(slice.offset, slice.offset + slice.size).map((row): SearchRow => ({
    group: Object.fromEntries(names.map((name, index) => [name, (row[`g${index}`] as string | null) ?? null])),
    value: row.value === null || row.value === undefined ? null : Number(row.value),
  }));
  const nextPageToken = nextOffsetToken(slice, pageRows.length, slice.offset + pageRows.length < rows.length);
  return { rows: pageRows, ...(nextPageToken === undefined ? {} : { nextPageToken }) };
}

/** A group's text: the text itself, a number as JavaScript prints it, JSON text of an object or array, or null. */
function groupText(ref: ValueRef): SqlPart {
  if (ref.column) return ref.value;
  return sql`(CASE ${ref.type} WHEN 'text' THEN ${ref.value} WHEN 'integer' THEN search_number_text(${ref.value})
    WHEN 'real' THEN search_number_text(${ref.value}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
    WHEN 'object' THEN ${ref.value} WHEN 'array' THEN ${ref.value} END)`;
}

function numberOf(ref: ValueRef): SqlPart {
  if (ref.column) return raw('NULL');
  return sql`(CASE WHEN ${ref.type} IN ('integer', 'real') THEN ${ref.value} END)`;
}

/** What each row adds to its group: 1 (count), presence (count of a path), or the number at the path. */
function measured(scope: RowScope, aggregate: Aggregation): SqlPart {
  if (aggregate.path === undefined) {
    if (aggregate.op !== 'count')
      throw new InvalidStoreArgumentError('query.aggregate.path', `${aggregate.op} needs a path`);
    return raw('1');
  }
  const ref = valueRefOf(scope, aggregate.path);
  if (aggregate.op === 'count') return sql`(CASE WHEN ${present(ref)} THEN 1 END)`;
  return numberOf(ref);
}

function aggregateSql(aggregate: Aggregation): SqlPart {
  switch (aggregate.op) {
    case 'count':
      return raw('count(v)');
    case 'sum':
      // total() never overflows (sum() of integers can); over no number the sum is null.
      return raw('(CASE WHEN count(v) = 0 THEN NULL ELSE total(v) END)');
    case 'avg':
      return raw('avg(v)');
    case 'min':
      return raw('min(v)');
    case 'max':
      return raw('max(v)');
    default:
      throw new InvalidStoreArgumentError('query.aggregate.op', 'must be count, sum, min, max or avg');
  }
}

function sortKeyTerms(key: SortKey, index: number, aggregate: Aggregation): SqlPart[] {
  const direction = key.descending === true;
  if ('value' in key) return [raw('(value IS NULL)'), raw(`value ${direction ? 'DESC' : 'ASC'}`)];
  const name = formatFieldPath(key.path);
  const group = aggregate.groupBy.findIndex((path) => formatFieldPath(path) === name);
  if (group < 0)
    throw new InvalidStoreArgumentError(`query.sort[${index}].path`, 'rows sort by value or a groupBy path');
  return groupTerms(group, direction);
}

/** A group field is text (or null): by code point (SQLite's BINARY order of UTF-8), null last in both directions. */
function groupTerms(index: number, descending: boolean): SqlPart[] {
  return [raw(`(g${index} IS NULL)`), raw(`g${index} ${descending ? 'DESC' : 'ASC'}`)];
}
