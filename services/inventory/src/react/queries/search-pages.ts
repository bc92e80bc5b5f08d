import { InvalidStoreArgumentError } from '@cloud-inventory/graph-store';
import type { SearchQuery, SearchRow, StoredResource } from '@cloud-inventory/graph-store';
import type { SearchResult, SearchRunner } from '../../search/search-runner.js';

/** The largest page a search serves (PageRequest). */
const pageSize = 1000;

/**
 * Every resource of a search's answer, page after page. `key` is where the query is configured: an error about the
 * query (an unknown kind or family, found only when it runs) names it (`react.actions.policies[0].query.filter…`).
 */
export async function* searchResources(
  search: SearchRunner,
  query: SearchQuery,
  key: string,
): AsyncIterable<StoredResource> {
  for await (const page of pages(search, query, key)) yield* page.resources ?? [];
}

/** Every row of an aggregated search; errors as searchResources'. */
export async function searchRows(search: SearchRunner, query: SearchQuery, key: string): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for await (const page of pages(search, query, key)) rows.push(...(page.rows ?? []));
  return rows;
}

async function* pages(search: SearchRunner, query: SearchQuery, key: string): AsyncIterable<SearchResult> {
  let pageToken: string | undefined;
  do {
    let page: SearchResult;
    try {
      page = await search.search(query, { limit: pageSize, ...(pageToken ? { pageToken } : {}) });
    } catch (error) {
      if (error instanceof InvalidStoreArgumentError && /^query\b/.test(error.field)) {
        throw new InvalidStoreArgumentError(`${key}${error.field.slice('query'.length)}`, error.reason);
      }
      throw error;
    }
    yield page;
    pageToken = page.nextPageToken;
  } while (pageToken);
}
