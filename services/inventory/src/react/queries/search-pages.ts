import type { SearchQuery, SearchRow, StoredResource } from '@cloud-inventory/graph-store';
import type { SearchRunner } from '../../search/search-runner.js';

/** The largest page a search serves (PageRequest). */
const pageSize = 1000;

/** Every resource of a search's answer, page after page. */
export async function* searchResources(search: SearchRunner, query: SearchQuery): AsyncIterable<StoredResource> {
  let pageToken: string | undefined;
  do {
    const page = await search.search(query, { limit: pageSize, ...(pageToken ? { pageToken } : {}) });
    yield* page.resources ?? [];
    pageToken = page.nextPageToken;
  } while (pageToken);
}

/** Every row of an aggregated search. */
export async function searchRows(search: SearchRunner, query: SearchQuery): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  let pageToken: string | undefined;
  do {
    const page = await search.search(query, { limit: pageSize, ...(pageToken ? { pageToken } : {}) });
    rows.push(...(page.rows ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return rows;
}
