import type { Page } from '../graph-store.js';
import { encodePageToken } from '../validation.js';

/** Cuts a page from `limit + 1` rows: the extra row only tells that another page exists. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (item: T) => (string | number)[]): Page<T> {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  return { items, nextPageToken: encodePageToken(cursorOf(items[items.length - 1]!)) };
}
