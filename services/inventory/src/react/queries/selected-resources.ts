import { FILTER_LIMITS, SEARCH_LIMITS, type GraphStore, type StoredResource } from '@cloud-inventory/graph-store';
import type { SearchRunner } from '../../search/search-runner.js';
import type { ResourceSelection } from '../config/react-config.js';
import { restrictToUids } from './restrict-to-uids.js';
import { searchResources } from './search-pages.js';

/** Where selections are answered: a filter by the store's ListResources, a query by the inventory's search. */
export interface SelectionSources {
  store: GraphStore;
  search: SearchRunner;
}

/**
 * Every resource the selection matches now, all pages, optionally only among some uids (asked for in chunks of one
 * list: a filter's `uids`, a query's `uid in [...]`). A query's kind families and relative times are resolved at
 * each call; an unknown name or a search limit throws (InvalidStoreArgumentError, StoreLimitError).
 */
export async function* selectedResources(
  sources: SelectionSources,
  selection: ResourceSelection,
  onlyUids?: readonly string[],
): AsyncIterable<StoredResource> {
  if (selection.by === 'query') {
    const { key, query } = selection.query;
    const queries =
      onlyUids === undefined
        ? [query]
        : chunks(onlyUids, SEARCH_LIMITS.listEntries).map((uids) => restrictToUids(query, uids));
    for (const chunkQuery of queries) yield* searchResources(sources.search, chunkQuery, key);
    return;
  }
  for (const uids of onlyUids === undefined ? [undefined] : chunks(onlyUids, FILTER_LIMITS.listEntries)) {
    const filter = uids ? { ...selection.filter, uids: [...uids] } : selection.filter;
    let pageToken: string | undefined;
    do {
      const page = await sources.store.listResources(filter, { limit: 500, ...(pageToken ? { pageToken } : {}) });
      yield* page.items;
      pageToken = page.nextPageToken;
    } while (pageToken);
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const found: T[][] = [];
  for (let start = 0; start < items.length; start += size) found.push(items.slice(start, start + size));
  return found;
}
