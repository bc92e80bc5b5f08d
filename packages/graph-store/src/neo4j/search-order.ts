import { InvalidStoreArgumentError, StoreLimitError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import { encodePageToken, resolvePage } from '../validation.js';

/**
 * Where a page of a search starts: after a key (unsorted results page by uid or sequence) or at an offset (sorted
 * results and rows), with the number of items earlier pages returned, which the query's `limit` counts against.
 */
export interface SearchCursor {
  limit: number;
  after: string | number | undefined;
  returned: number;
}

export function searchCursor(page: PageRequest | undefined): SearchCursor {
  const { limit, after } = resolvePage(page, 2);
  if (after === undefined) return { limit, after: undefined, returned: 0 };
  const [position, returned] = after;
  if (typeof returned !== 'number' || !Number.isSafeInteger(returned) || returned < 0)
    throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  return { limit, after: position, returned };
}

/** How many items this page may hold: the page size, within what the query's limit leaves. */
export function pageRoom(cursor: SearchCursor, queryLimit: number | undefined): number {
  if (queryLimit === undefined) return cursor.limit;
  return Math.max(0, Math.min(cursor.limit, queryLimit - cursor.returned));
}

/** The offset of a sorted page, from its cursor; over SEARCH_LIMITS.sortedOffset is RESOURCE_EXHAUSTED. */
export function sortedOffset(cursor: SearchCursor): number {
  const offset = cursor.after ?? 0;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0)
    throw new InvalidStoreArgumentError('page.pageToken', 'is not a token this store issued');
  if (offset > SEARCH_LIMITS.sortedOffset)
    throw new StoreLimitError('sortedOffset', `a sorted page may start at most ${SEARCH_LIMITS.sortedOffset} items in`);
  return offset;
}

/** The next page's token when more items follow and the query's limit leaves room. */
export function nextToken(
  cursor: SearchCursor,
  queryLimit: number | undefined,
  shown: number,
  more: boolean,
  position: string | number | undefined,
): string | undefined {
  const returned = cursor.returned + shown;
  if (!more || position === undefined || (queryLimit !== undefined && returned >= queryLimit)) return undefined;
  return encodePageToken([position, returned]);
}
