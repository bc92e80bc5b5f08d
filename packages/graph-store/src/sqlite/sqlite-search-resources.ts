import type { Database } from 'better-sqlite3';
import type { PageRequest } from '../graph-store.js';
import type { ResourceSearch, SearchPage } from '../search/search-query.js';
import { aggregateRows, type RowSource } from './sqlite-search-aggregate.js';
import { keysetPage, nextKeysetToken, nextOffsetToken, offsetPage, sortTerms } from './sqlite-search-order.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, SqlNames, type SqlPart } from './sqlite-search-sql.js';
import { compileSteps, compileWith } from './sqlite-search-traversal.js';
import { FROM_RESOURCES, RESOURCE_COLUMNS, toStoredResource, type ResourceRow } from './sqlite-rows.js';

const ROW = { target: 'resources', alias: 'r' } as const;
const TABLE = raw('resources r');

/**
 * A resource search as one statement a page: the filter over `resources r`, or the steps' CTEs from it and the
 * last set; then aggregated rows, or resources by uid (keyset pages) or by the sort keys (offset pages).
 */
export function searchResources(db: Database, query: ResourceSearch, page: PageRequest | undefined): SearchPage {
  const source = resourceSource(query);
  if (query.aggregate !== undefined) {
    const rowsQuery = {
      aggregate: query.aggregate,
      ...(query.sort ? { sort: query.sort } : {}),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    };
    return aggregateRows(db, source, rowsQuery, page);
  }
  const withSql = source.ctes.length === 0 ? raw('') : sql`WITH RECURSIVE ${joinSql(source.ctes, ', ')} `;
  const select = sql`${withSql}SELECT ${raw(RESOURCE_COLUMNS)} ${raw(FROM_RESOURCES)} WHERE ${source.where}`;
  const run = (statement: SqlPart) => db.prepare<unknown[], ResourceRow>(statement.text).all(...statement.params);
  if (query.sort !== undefined && query.sort.length > 0) {
    const slice = offsetPage(page, query.limit);
    if (slice.size === 0) return { resources: [] };
    const order = joinSql([...sortTerms(ROW, query.sort), raw('r.uid')], ', ');
    const rows = run(sql`${select} ORDER BY ${order} LIMIT ${slice.size + 1} OFFSET ${slice.offset}`);
    const resources = rows.slice(0, slice.size).map(toStoredResource);
    const nextPageToken = nextOffsetToken(slice, resources.length, rows.length > slice.size);
    return { resources, ...(nextPageToken === undefined ? {} : { nextPageToken }) };
  }
  const keyset = keysetPage(page, query.limit);
  if (keyset.size === 0) return { resources: [] };
  const after = keyset.after === undefined ? raw('') : sql` AND r.uid > ${String(keyset.after)}`;
  const rows = run(sql`${select}${after} ORDER BY r.uid LIMIT ${keyset.size + 1}`);
  const resources = rows.slice(0, keyset.size).map(toStoredResource);
  const more = rows.length > keyset.size;
  const nextPageToken = nextKeysetToken(keyset, resources.length, resources.at(-1)?.uid, more);
  return { resources, ...(nextPageToken === undefined ? {} : { nextPageToken }) };
}

/** The resources a search answers, as a condition on `resources r`. */
function resourceSource(query: ResourceSearch): RowSource {
  const names = new SqlNames();
  const context: PredicateContext = {
    names,
    withCondition: (condition, scope) => compileWith(condition, scope, context),
  };
  const steps = query.steps ?? [];
  if (steps.length === 0) {
    return {
      scope: ROW,
      table: TABLE,
      ctes: [],
      where: sql`search_tick() AND ${compilePredicate(query.filter, ROW, context)}`,
    };
  }
  const start = names.fresh('t');
  const startScope = { target: 'resources', alias: start } as const;
  const filter = compilePredicate(query.filter, startScope, context);
  const { ctes, last } = compileSteps(
    sql`SELECT ${raw(`${start}.uid`)} FROM resources ${raw(start)} WHERE search_tick() AND ${filter}`,
    steps,
    context,
  );
  return { scope: ROW, table: TABLE, ctes, where: sql`r.uid IN (SELECT uid FROM ${raw(last)})` };
}
