import type { ChangeRecord, StoredResource } from '../graph-store.js';

/**
 * The search model: what the Search RPC carries (proto/inventory.proto mirrors it), what the text syntax parses to
 * (parse-search.ts) and what both stores answer (the same answer from each: the contract's search cases).
 *
 * A query as sent may name kind families and relative times; resolveSearch turns it into a query of kinds and
 * absolute times only, which is what GraphStore.search takes.
 */
export type SearchQuery = ResourceSearch | ChangeSearch;

/**
 * Resources matching `filter`, then, step by step, the resources reached from the previous set. The result is the
 * last set: resources (ordered by uid unless sorted), or rows when aggregated.
 */
export interface ResourceSearch {
  target: 'resources';
  filter: Predicate;
  steps?: TraversalStep[];
  aggregate?: Aggregation;
  /** Resources: by these keys, then by uid; rows: by these keys (`value` or a group field), then by the groups. */
  sort?: SortKey[];
  /** The most resources or rows in all, over every page. */
  limit?: number;
  /** A projection: the API answers these fields of each resource rather than the whole resource. */
  fields?: FieldPath[];
}

/** Change records matching `filter` (over CHANGE_FIELDS), in the order they were recorded unless sorted. */
export interface ChangeSearch {
  target: 'changes';
  filter: Predicate;
  /** Inclusive. */
  since?: TimeLiteral;
  /** Exclusive. */
  until?: TimeLiteral;
  aggregate?: Aggregation;
  sort?: SortKey[];
  limit?: number;
}

export type Predicate =
  | { type: 'all' }
  | { type: 'and'; terms: Predicate[] }
  | { type: 'or'; terms: Predicate[] }
  | { type: 'not'; term: Predicate }
  /** kind is one of these (kinds, or families before resolveSearch). */
  | { type: 'is'; kinds: string[] }
  | Comparison
  | WithCondition;

/**
 * A comparison of the value at `path` (see FieldPath) with a literal:
 * - eq / ne / in / not_in compare values of the literal's type only (a string with text, a number with numbers, a
 *   boolean with booleans); ne and not_in match present values that differ (also those of another type).
 * - lt / lte / gt / gte: numbers numerically, strings by code point, times as instants. A time literal matches text
 *   values that are ISO-8601 dates (`2024-05-01`, UTC) or date-times (`2024-05-01T10:00:00Z`, `…T10:00:00.123+02:00`,
 *   no zone: UTC); any other value matches nothing.
 * - contains: a substring of a text value (case-sensitive). matches: a regular expression found anywhere in a text
 *   value (see SEARCH_LIMITS.patternLength and the safe subset of validateRegex). glob: the whole text value matches
 *   the pattern (`*` any run, `?` one character, case-sensitive).
 * - exists: present and not null; missing: absent or null (no literal for either).
 * A missing or null value matches no operator but `missing`, not even `ne`.
 */
export interface Comparison {
  type: 'compare';
  path: FieldPath;
  op: ComparisonOperator;
  /** Absent for exists / missing; a list for in / not_in, a string for contains / matches / glob. */
  value?: Literal | Literal[];
}

export const COMPARISON_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'not_in',
  'contains',
  'matches',
  'glob',
  'exists',
  'missing',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | TimeLiteral
  /** Only compared with the `age` field, before resolveSearch: seconds. */
  | { type: 'duration'; seconds: number };

/** An instant: absolute (ISO-8601) or, before resolveSearch, relative to now (seconds, negative in the past). */
export type TimeLiteral = { type: 'time'; value: string } | { type: 'relative_time'; offsetSeconds: number };

/**
 * Where a value lies:
 * - a core field (CORE_FIELDS; text, absent when unset; `age` only before resolveSearch: now - created_at, else
 *   first_seen, compared with a duration),
 * - a tag's value (text),
 * - a path into data: keys of nested objects, an array element by index, or a quantifier over an array's elements
 *   (`any`: some element, `all`: every element, true for an empty array, `none`: no element). A quantifier applies
 *   the rest of the path and the comparison to each element; a value that is not an array matches no quantifier;
 *   a key or index applied to a value that is not an object or array is missing.
 */
export type FieldPath =
  { root: 'field'; name: CoreField } | { root: 'tag'; key: string } | { root: 'data'; segments: PathSegment[] };

export type PathSegment = { key: string } | { index: number } | { quantifier: 'any' | 'all' | 'none' };

export const CORE_FIELDS = [
  'uid',
  'id',
  'name',
  'kind',
  'cloud',
  'account',
  'region',
  'service_group',
  'type',
  'created_at',
  'updated_at',
  'first_seen',
  'last_seen',
  'orphaned_since',
  'age',
] as const;
export type CoreField = (typeof CORE_FIELDS)[number];

/** The fields of a change record a change search may name (as `{ root: 'field' }` paths; changed_fields is a list). */
export const CHANGE_FIELDS = ['sync_id', 'uid', 'kind', 'name', 'cloud', 'account', 'region', 'change', 'at'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/**
 * One hop range along edges: the resources at a distance (fewest hops, along edges of `edgeTypes` in `direction`)
 * from minDepth to maxDepth of some resource of the previous set, that match `filter`. Only edges whose two ends are
 * stored count. minDepth 0 keeps the start resources themselves.
 */
export interface TraversalStep {
  direction: 'out' | 'in' | 'both';
  /** Absent or empty: any type. */
  edgeTypes?: string[];
  /** Default 1. */
  minDepth?: number;
  /** Default: minDepth when it is given (so `minDepth: 0` alone keeps only the starts), else 1. */
  maxDepth?: number;
  filter?: Predicate;
}

/**
 * Keeps the resources from which the steps reach a number of distinct resources (the last step's set) for which
 * `count <op> value` holds: `with(empty, …)` is eq 0, `with(any, …)` is gte 1.
 */
export interface WithCondition {
  type: 'with';
  count: { op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte'; value: number };
  steps: TraversalStep[];
}

/**
 * Rows of groups: one per distinct combination of the groupBy values (text; null when missing, JSON text for an
 * object or array), or exactly one row without groupBy. sum / avg / min / max read numbers only and are null over no
 * number. groupBy paths hold no quantifier.
 */
export interface Aggregation {
  op: 'count' | 'sum' | 'min' | 'max' | 'avg';
  /** Required for all but count. */
  path?: FieldPath;
  groupBy: FieldPath[];
}

/**
 * A sort key: a path, or (rows only) the aggregated value. Values order numbers (numerically) before text (by code
 * point) before other values; missing values come last in both directions. A row's group field is sorted by its path.
 */
export type SortKey = { path: FieldPath; descending?: boolean } | { value: true; descending?: boolean };

/** A page of a search's result: resources, or rows when aggregated. */
export interface SearchPage {
  resources?: StoredResource[];
  changes?: ChangeRecord[];
  rows?: SearchRow[];
  nextPageToken?: string;
}

export interface SearchRow {
  /** Keyed by formatFieldPath of each groupBy path (`region`, `tags.team`, `data.State.Name`). */
  group: Record<string, string | null>;
  value: number | null;
}
