import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import type { ChangeSearch, SearchPage, TimeLiteral } from '../search/search-query.js';
import { aggregateRows, rowsQueryOf, type RowSource } from './sqlite-search-aggregate.js';
import { parseInstant } from '../search/instants.js';
import { listPage } from './sqlite-search-listing.js';
import { sortTerms } from './sqlite-search-order.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, SqlNames, type SqlPart, TICK } from './sqlite-search-sql.js';
import { toChangeRecord, type ChangeRow } from './sqlite-rows.js';

const ROW = { target: 'changes', alias: 'c' } as const;

/**
 * A change search: the filter over `changes c` (CHANGE_FIELDS), `at` from `since` (inclusive) to `until`
 * (exclusive) through the changes_at index (every `at` is stored as toISOString prints it, so text order is time
 * order); records in the order they were recorded (seq) unless sorted, or aggregated rows.
 */
export function searchChanges(db: Database, query: ChangeSearch, page: PageRequest | undefined): SearchPage {
  const source = changeSource(query);
  if (query.aggregate !== undefined) return aggregateRows(db, source, rowsQueryOf(query, query.aggregate), page);
  const { items, nextPageToken } = listPage<ChangeRow>(
    db,
    {
      select: sql`SELECT c.* FROM changes c WHERE ${source.where}`,
      key: { column: 'c.seq', type: 'number', of: (row) => row.seq },
      sort: sortTerms(ROW, query.sort ?? []),
      limit: query.limit,
    },
    page,
  );
  return { changes: items.map(toChangeRecord), ...(nextPageToken === undefined ? {} : { nextPageToken }) };
}

function changeSource(query: ChangeSearch): RowSource {
  const context: PredicateContext = {
    names: new SqlNames(),
    withCondition: () => {
      throw new InvalidStoreArgumentError('query.filter', 'with() applies to resources, not changes');
    },
    hoist: () => {
      throw new InvalidStoreArgumentError('query.filter', 'a change search has no sets of resources');
    },
  };
  const terms: SqlPart[] = [TICK, compilePredicate(query.filter, ROW, context)];
  if (query.since !== undefined) terms.push(sql`c.at >= ${isoOf(query.since, 'query.since')}`);
  if (query.until !== undefined) terms.push(sql`c.at < ${isoOf(query.until, 'query.until')}`);
  return { scope: ROW, table: raw('changes c'), ctes: [], where: joinSql(terms, ' AND ') };
}

function isoOf(time: TimeLiteral, field: string): string {
  const instant = time.type === 'time' ? parseInstant(time.value) : undefined;
  if (instant === undefined) throw new InvalidStoreArgumentError(field, 'must be an absolute ISO-8601 time');
  // Stored times carry milliseconds: a bound between two of them moves up to the next, which keeps `>=` and `<` exact.
  return isoAtOrAfter(instant);
}

function isoAtOrAfter(instant: { seconds: number; nanos: number }): string {
  return new Date(instant.seconds * 1000 + Math.ceil(instant.nanos / 1_000_000)).toISOString();
}
