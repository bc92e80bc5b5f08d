import type { Database } from 'better-sqlite3';
import type { PageRequest } from '../graph-store.js';
import type { ResourceSearch, SearchPage } from '../search/search-query.js';
import { aggregateRows, rowsQueryOf, type RowSource } from './sqlite-search-aggregate.js';
import { listPage } from './sqlite-search-listing.js';
import { sortTerms } from './sqlite-search-order.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, SqlNames, type SqlPart, TICK } from './sqlite-search-sql.js';
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
  if (query.aggregate !== undefined) return aggregateRows(db, source, rowsQueryOf(query, query.aggregate), page);
  const withSql = source.ctes.length === 0 ? raw('') : sql`WITH RECURSIVE ${joinSql(source.ctes, ', ')} `;
  const { items, nextPageToken } = listPage<ResourceRow>(
    db,
    {
      select: sql`${withSql}SELECT ${raw(RESOURCE_COLUMNS)} ${raw(FROM_RESOURCES)} WHERE ${source.where}`,
      key: { column: 'r.uid', type: 'string', of: (row) => row.uid },
      sort: sortTerms(ROW, query.sort ?? []),
      limit: query.limit,
    },
    page,
  );
  return { resources: items.map(toStoredResource), ...(nextPageToken === undefined ? {} : { nextPageToken }) };
}

/** The resources a search answers, as a condition on `resources r`. */
function resourceSource(query: ResourceSearch): RowSource {
  const names = new SqlNames();
  const hoisted: SqlPart[] = [];
  const context: PredicateContext = {
    names,
    withCondition: (condition, scope) => compileWith(condition, scope, context),
    hoist: (body) => {
      const name = names.fresh('search_hoisted');
      hoisted.push(sql`${raw(name)}(uid) AS MATERIALIZED (${body})`);
      return name;
    },
  };
  const steps = query.steps ?? [];
  if (steps.length === 0) {
    // Compiled before the CTE list is read: compiling is what hoists.
    const where = sql`${TICK} AND ${compilePredicate(query.filter, ROW, context)}`;
    return { scope: ROW, table: TABLE, ctes: hoisted, where };
  }
  const start = names.fresh('t');
  const startScope = { target: 'resources', alias: start } as const;
  const filter = compilePredicate(query.filter, startScope, context);
  const { ctes, last } = compileSteps(
    sql`SELECT ${raw(`${start}.uid`)} FROM resources ${raw(start)} WHERE ${TICK} AND ${filter}`,
    steps,
    context,
  );
  return { scope: ROW, table: TABLE, ctes: [...hoisted, ...ctes], where: sql`r.uid IN (SELECT uid FROM ${raw(last)})` };
}
