import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import type { ChangeSearch, SearchPage, TimeLiteral } from '../search/search-query.js';
import { aggregateRows, type RowSource } from './sqlite-search-aggregate.js';
import { parseInstant } from '../search/instants.js';
import { keysetPage, nextKeysetToken, nextOffsetToken, offsetPage, sortTerms } from './sqlite-search-order.js';
import { compilePredicate, type PredicateContext } from './sqlite-search-predicate.js';
import { joinSql, raw, sql, SqlNames, type SqlPart } from './sqlite-search-sql.js';
import { toChangeRecord, type ChangeRow } from './sqlite-rows.js';

const ROW = { target: 'changes', alias: 'c' } as const;

/**
 * A change search: the filter over `changes c` (CHANGE_FIELDS), `at` from `since` (inclusive) to `until`
 * (exclusive) through the changes_at index (every `at` is stored as toISOString prints it, so text order is time
 * order); records in the order they were recorded (seq) unless sorted, or aggregated rows.
 */
export function searchChanges(db: Database, query: ChangeSearch, page: PageRequest | undefined): SearchPage {
  const source = changeSource(query);
  if (query.aggregate !== undefined) {
    const rowsQuery = {
      aggregate: query.aggregate,
      ...(query.sort ? { sort: query.sort } : {}),
      ...(query.limit === undefined ? {} : { limit: query.limit }),
    };
    return aggregateRows(db, source, rowsQuery, page);
  }
  const select = sql`SELECT c.* FROM changes c WHERE ${source.where}`;
  const run = (statement: SqlPart) => db.prepare<unknown[], ChangeRow>(statement.text).all(...statement.params);
  if (query.sort !== undefined && query.sort.length > 0) {
    const slice = offsetPage(page, query.limit);
    if (slice.size === 0) return { changes: [] };
    const order = joinSql([...sortTerms(ROW, query.sort), raw('c.seq')], ', ');
    const rows = run(sql`${select} ORDER BY ${order} LIMIT ${slice.size + 1} OFFSET ${slice.offset}`);
    const nextPageToken = nextOffsetToken(slice, Math.min(rows.length, slice.size), rows.length > slice.size);
    return {
      changes: rows.slice(0, slice.size).map(toChangeRecord),
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    };
  }
  const keyset = keysetPage(page, query.limit);
  if (keyset.size === 0) return { changes: [] };
  if (keyset.after !== undefined && typeof keyset.after !== 'number')
    throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  const after = keyset.after === undefined ? raw('') : sql` AND c.seq > ${keyset.after}`;
  const rows = run(sql`${select}${after} ORDER BY c.seq LIMIT ${keyset.size + 1}`);
  const kept = rows.slice(0, keyset.size);
  const nextPageToken = nextKeysetToken(keyset, kept.length, kept.at(-1)?.seq, rows.length > keyset.size);
  return { changes: kept.map(toChangeRecord), ...(nextPageToken === undefined ? {} : { nextPageToken }) };
}

function changeSource(query: ChangeSearch): RowSource {
  const context: PredicateContext = {
    names: new SqlNames(),
    withCondition: () => {
      throw new InvalidStoreArgumentError('query.filter', 'with() applies to resources, not changes');
    },
  };
  const terms: SqlPart[] = [raw('search_tick()'), compilePredicate(query.filter, ROW, context)];
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
