/**
 * The size of the largest search every store answers, and how long it may run. A query over a bound is refused
 * before it runs: INVALID_ARGUMENT naming the field for the shape of the query, RESOURCE_EXHAUSTED naming the limit
 * for what only running it shows (time, groups, the offset of a sorted page). README.md ("Search limits") lists them.
 */
export const SEARCH_LIMITS = {
  /** Characters of a query's text. */
  textLength: 10_000,
  /** Nodes of the whole query: predicates, comparisons, steps, with conditions. */
  terms: 256,
  /** Predicates inside predicates (and / or / not / with). */
  nesting: 16,
  /** Entries of one `is` or `in` list. */
  listEntries: 1000,
  /** Steps of the main chain, and of each with condition. */
  steps: 4,
  /** The largest maxDepth of one step. */
  stepDepth: 5,
  /** With conditions inside with conditions' step filters. */
  withNesting: 3,
  /** Segments of one data path. */
  pathSegments: 16,
  /** Characters of a regular expression or glob. */
  patternLength: 256,
  /** Characters of one string literal. */
  stringLength: 4096,
  /** groupBy paths, sort keys, projected fields. */
  groupBy: 8,
  sortKeys: 8,
  fields: 32,
  /** The most rows an aggregation returns (RESOURCE_EXHAUSTED beyond). */
  groups: 10_000,
  /** A query's `limit`. */
  limit: 100_000,
  /** The offset of a page of sorted results (resources ordered by uid page by key, without bound). */
  sortedOffset: 100_000,
  /** Milliseconds one page of a search may take in the store (RESOURCE_EXHAUSTED beyond). */
  timeMs: 10_000,
} as const;

export type SearchLimit = keyof typeof SEARCH_LIMITS;
