import type { PageRequest, SearchPage, SearchQuery } from '@cloud-inventory/graph-store';

/**
 * Searches on behalf of the API, the CLI and the react phase: takes a query as text (parseSearch) or structured,
 * validates it, resolves kind families (from the collectors' kind catalogue) and relative times (on the inventory's
 * clock), and runs it on the store. Errors: InvalidStoreArgumentError (field `query…`, a SearchSyntaxError with the
 * column for text) and StoreLimitError, which the API maps to INVALID_ARGUMENT and RESOURCE_EXHAUSTED.
 */
export interface SearchRunner {
  /** One page of the query's result. */
  search(query: string | SearchQuery, page?: PageRequest): Promise<SearchResult>;
  /** Parses, validates and resolves without running; what the react configuration checks its queries with. */
  prepare(query: string | SearchQuery): SearchQuery;
}

/** A page of the result, with the query as it ran (resolved) and, for a query naming `fields`, the projections. */
export interface SearchResult extends SearchPage {
  query: SearchQuery;
  /** In place of `resources` when the query names fields. */
  projections?: Projection[];
}

/** The fields a query names, of one resource, in the query's order. */
export interface Projection {
  uid: string;
  /** `field` as formatFieldPath writes it; `value` undefined when missing. */
  values: { field: string; value: unknown }[];
}
