import { InvalidStoreArgumentError, StoreLimitError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { SortKey } from '../search/search-query.js';
import { encodePageToken, resolvePage } from '../validation.js';
import { raw, sql, type SqlPart } from './sqlite-search-sql.js';
import { valueRefOf, type RowScope, type ValueRef } from './sqlite-search-values.js';

/**
 * The order of values (compareSortValues in search/value-order.ts): numbers numerically, text by code point, false
 * then true, then objects and arrays (tied among themselves); descending reverses that order; missing (or null)
 * values last in both directions.
 */
export function orderTerms(ref: ValueRef, descending: boolean): SqlPart[] {
  const direction = raw(descending ? 'DESC' : 'ASC');
  if (ref.column) return [sql`(${ref.value} IS NULL)`, sql`${ref.value} ${direction}`];
  const rank = (ascending: number) => raw(String(descending ? 3 - ascending : ascending));
  return [
    sql`(CASE ${ref.type} WHEN 'integer' THEN ${rank(0)} WHEN 'real' THEN ${rank(0)} WHEN 'text' THEN ${rank(1)}
      WHEN 'true' THEN ${rank(2)} WHEN 'false' THEN ${rank(2)} WHEN 'missing' THEN 4 WHEN 'null' THEN 4 ELSE ${rank(3)} END)`,
    // json_extract reads true as 1 and false as 0: booleans order among themselves by it.
    sql`(CASE WHEN ${ref.type} IN ('integer', 'real', 'text', 'true', 'false') THEN ${ref.value} END) ${direction}`,
  ];
}

/** ORDER BY terms of the sort keys over the row of `scope` (paths only: `value` sorts rows). */
export function sortTerms(scope: RowScope, sort: SortKey[]): SqlPart[] {
  return sort.flatMap((key, index) => {
    if (!('path' in key)) throw new InvalidStoreArgumentError(`query.sort[${index}]`, 'only rows sort by value');
    return orderTerms(valueRefOf(scope, key.path), key.descending === true);
  });
}

/** Where a page starts: after a key (a uid or change seq) with so many already returned, or at an offset. */
export interface KeysetPage {
  size: number;
  after?: string | number;
  returned: number;
  limit?: number;
}

export interface OffsetPage {
  size: number;
  offset: number;
  limit?: number;
}

/** A page ordered by its key; `limit` counts over all pages. */
export function keysetPage(page: PageRequest | undefined, limit: number | undefined): KeysetPage {
  const { limit: size, after } = resolvePage(page, 2);
  const bound = limit === undefined ? {} : { limit };
  if (after === undefined) return { size: pageSize(size, limit, 0), returned: 0, ...bound };
  const [key, returned] = after;
  if (typeof returned !== 'number' || !Number.isInteger(returned) || returned < 0) throw badToken();
  return { size: pageSize(size, limit, returned), after: key, returned, ...bound };
}

export function nextKeysetToken(
  page: KeysetPage,
  items: number,
  lastKey: string | number | undefined,
  more: boolean,
): string | undefined {
  const returned = page.returned + items;
  if (!more || lastKey === undefined || (page.limit !== undefined && returned >= page.limit)) return undefined;
  return encodePageToken([lastKey, returned]);
}

/** A page of a sorted result, from an offset within SEARCH_LIMITS.sortedOffset. */
export function offsetPage(page: PageRequest | undefined, limit: number | undefined): OffsetPage {
  const { limit: size, after } = resolvePage(page, 1);
  const offset = after === undefined ? 0 : after[0];
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw badToken();
  if (offset > SEARCH_LIMITS.sortedOffset)
    throw new StoreLimitError(
      'sortedOffset',
      `a sorted search pages at most ${SEARCH_LIMITS.sortedOffset} results deep`,
    );
  return { size: pageSize(size, limit, offset), offset, ...(limit === undefined ? {} : { limit }) };
}

export function nextOffsetToken(page: OffsetPage, items: number, more: boolean): string | undefined {
  const offset = page.offset + items;
  if (!more || items === 0 || (page.limit !== undefined && offset >= page.limit)) return undefined;
  return encodePageToken([offset]);
}

/** The rows this page may hold: the page size, within what the query's limit leaves (0: the limit is reached). */
function pageSize(size: number, limit: number | undefined, returned: number): number {
  return limit === undefined ? size : Math.max(0, Math.min(size, limit - returned));
}

function badToken(): InvalidStoreArgumentError {
  return new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
}
