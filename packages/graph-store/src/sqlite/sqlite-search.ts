import type { Database } from 'better-sqlite3';
import type { PageRequest } from '../graph-store.js';
import { SEARCH_LIMITS } from '../search/search-limits.js';
import type { SearchPage, SearchQuery } from '../search/search-query.js';
import { validateResolvedSearch } from '../search/validate-search.js';
import { registerSearchFunctions, SearchDeadline } from './sqlite-search-functions.js';
import { searchChanges } from './sqlite-search-changes.js';
import { searchResources } from './sqlite-search-resources.js';

export interface SqliteSearchOptions {
  /** Milliseconds one page may take (SEARCH_LIMITS.timeMs unless a test shortens it). */
  timeMs?: number;
}

/** GraphStore.search on SQLite: a validated, resolved query compiled to one parameterised statement a page. */
export class SqliteSearch {
  private readonly deadline: SearchDeadline;

  constructor(
    private readonly db: Database,
    options: SqliteSearchOptions = {},
  ) {
    this.deadline = new SearchDeadline(options.timeMs ?? SEARCH_LIMITS.timeMs);
    registerSearchFunctions(db, this.deadline);
  }

  search(query: SearchQuery, page?: PageRequest): SearchPage {
    const resolved = validateResolvedSearch(query);
    return this.deadline.run(() =>
      resolved.target === 'changes' ? searchChanges(this.db, resolved, page) : searchResources(this.db, resolved, page),
    );
  }
}
