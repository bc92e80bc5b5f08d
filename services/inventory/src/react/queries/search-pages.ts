import type { SearchQuery, SearchRow, StoredResource } from '@cloud-inventory/graph-store';
import type { SearchResult, SearchRunner } from '../../search/search-runner.js';

/** The largest page a search serves (PageRequest). */
const pageSize = 1000;

/** Every resource of a search's answer, page after page. */
export async function* searchResources(search: SearchRunner, query: SearchQuery): AsyncIterable<StoredResource> {
  for await (const page of pages(search, query)) yield* page.resources ?? [];
}

/** Every row of an aggregated search. */
export async function searchRows(search: SearchRunner, query: SearchQuery): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for await (const page of pages(search, query)) rows.push(...(page.rows ?? []));
  return rows;
}

async function* pages(search: SearchRunner, query: SearchQuery): AsyncIterable<SearchResult> {
  let pageToken: string | undefined;
  do {
    const page = await search.search(query, { limit: pageSize, ...(pageToken ? { pageToken } : {}) });
    yield page;
    pageToken = page.nextPageToken;
  } while (pageToken);
}
