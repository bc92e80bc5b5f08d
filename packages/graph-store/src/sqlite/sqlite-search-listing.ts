import type { Database } from 'better-sqlite3';
import { InvalidStoreArgumentError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import { keysetPage, nextKeysetToken, nextOffsetToken, offsetPage } from './sqlite-search-order.js';
import { joinSql, raw, sql, type SqlPart } from './sqlite-search-sql.js';

export interface Listing<Row> {
  /** `SELECT … WHERE …` of the rows, without ORDER BY. */
  select: SqlPart;
  /** The unique key of a row (`r.uid`, `c.seq`) and its type: the order of unsorted pages and the last tie-break. */
  key: { column: string; type: 'string' | 'number'; of: (row: Row) => string | number };
  /** ORDER BY terms of the sort keys; none: keyset pages by the key. */
  sort: SqlPart[];
  limit: number | undefined;
}

/**
 * One page of listed rows: unsorted, from the key after the cursor (keyset: a page reads from where the last one
 * ended); sorted, at an offset (SEARCH_LIMITS.sortedOffset). `limit` counts over all pages.
 */
export function listPage<Row>(
  db: Database,
  listing: Listing<Row>,
  page: PageRequest | undefined,
): { items: Row[]; nextPageToken?: string } {
  const run = (statement: SqlPart) => db.prepare<unknown[], Row>(statement.text).all(...statement.params);
  const key = raw(listing.key.column);
  if (listing.sort.length > 0) {
    const slice = offsetPage(page, listing.limit);
    if (slice.size === 0) return { items: [] };
    const order = joinSql([...listing.sort, key], ', ');
    const rows = run(sql`${listing.select} ORDER BY ${order} LIMIT ${slice.size + 1} OFFSET ${slice.offset}`);
    const items = rows.slice(0, slice.size);
    return withToken(items, nextOffsetToken(slice, items.length, rows.length > slice.size));
  }
  const keyset = keysetPage(page, listing.limit);
  if (keyset.size === 0) return { items: [] };
  if (keyset.after !== undefined && typeof keyset.after !== listing.key.type)
    throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  const after = keyset.after === undefined ? raw('') : sql` AND ${key} > ${keyset.after}`;
  const rows = run(sql`${listing.select}${after} ORDER BY ${key} LIMIT ${keyset.size + 1}`);
  const items = rows.slice(0, keyset.size);
  const last = items.at(-1);
  const token = nextKeysetToken(
    keyset,
    items.length,
    last === undefined ? undefined : listing.key.of(last),
    rows.length > keyset.size,
  );
  return withToken(items, token);
}

function withToken<Row>(items: Row[], nextPageToken: string | undefined): { items: Row[]; nextPageToken?: string } {
  return nextPageToken === undefined ? { items } : { items, nextPageToken };
}
