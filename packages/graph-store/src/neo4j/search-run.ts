import type { ManagedTransaction } from 'neo4j-driver';
import { StoreLimitError } from '../errors.js';
import type { PageRequest } from '../graph-store.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { ResourceSearch, SearchPage, SearchQuery } from '../search/search-query.js';
import { validateResolvedSearch } from '../search/validate-search.js';
import { changePage } from './search-changes.js';
import { searchCursor } from './search-order.js';
import { resourcePage } from './search-resources.js';
import { resourceGroups, rowPage } from './search-rows.js';
import { allResources, narrow, traverse } from './search-sets.js';
import type { StoreContext } from './store-context.js';

/**
 * GraphStore.search on Neo4j: one read transaction per page, bounded by SEARCH_LIMITS.timeMs as its server-side
 * timeout (RESOURCE_EXHAUSTED `timeMs` beyond). The filter, each step and the page run as parameterised Cypher;
 * what Cypher cannot read (inside nested data values) is decided in process on the candidates Cypher narrows to.
 */
export async function search(context: StoreContext, query: SearchQuery, page: PageRequest | undefined): Promise<SearchPage> {
  const valid = validateResolvedSearch(query);
  const cursor = searchCursor(page);
  try {
    return await context.sessions.read(
      (tx) => (valid.target === 'changes' ? changePage(tx, valid, cursor) : resourceSearchPage(tx, valid, cursor)),
      { timeout: SEARCH_LIMITS.timeMs },
    );
  } catch (error) {
    if (isTimeout(error))
      throw new StoreLimitError('timeMs', `a search page may take at most ${SEARCH_LIMITS.timeMs} ms in the store`);
    throw error;
  }
}

async function resourceSearchPage(
  tx: ManagedTransaction,
  query: ResourceSearch,
  cursor: ReturnType<typeof searchCursor>,
): Promise<SearchPage> {
  const start = await narrow(tx, allResources(), query.filter);
  const set = await traverse(tx, start, query.steps ?? []);
  if (query.aggregate === undefined) return resourcePage(tx, set, query, cursor);
  const totals = await resourceGroups(tx, set, query.aggregate);
  return rowPage(totals, query.aggregate, query.sort, query.limit, cursor);
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.includes('TransactionTimedOut');
}
