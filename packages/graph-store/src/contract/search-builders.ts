import type {
  Aggregation,
  ComparisonOperator,
  CoreField,
  FieldPath,
  Literal,
  PathSegment,
  Predicate,
  ResourceSearch,
  TraversalStep,
  WithCondition,
} from '../search/search-query.js';

/** Short builders of search queries, so that the contract's cases read like the queries they are. */

type Segment = string | number | 'any' | 'all' | 'none';

const QUANTIFIERS = new Set(['any', 'all', 'none']);

/** A data path; the words any / all / none are quantifiers (no fixture has a key of that name). */
export function data(...segments: Segment[]): FieldPath {
  return {
    root: 'data',
    segments: segments.map((segment): PathSegment =>
      typeof segment === 'number'
        ? { index: segment }
        : QUANTIFIERS.has(segment)
          ? { quantifier: segment as 'any' | 'all' | 'none' }
          : { key: segment },
    ),
  };
}

/** A data path of keys only, whatever they spell. */
export function dataKeys(...keys: string[]): FieldPath {
  return { root: 'data', segments: keys.map((key) => ({ key })) };
}

export const field = (name: CoreField | 'sync_id' | 'change' | 'at'): FieldPath => ({
  root: 'field',
  name: name as CoreField,
});
export const tag = (key: string): FieldPath => ({ root: 'tag', key });

export const str = (value: string): Literal => ({ type: 'string', value });
export const num = (value: number): Literal => ({ type: 'number', value });
export const bool = (value: boolean): Literal => ({ type: 'boolean', value });
export const time = (value: string): Literal & { type: 'time' } => ({ type: 'time', value });

export function cmp(path: FieldPath, op: ComparisonOperator, value?: Literal | Literal[]): Predicate {
  return { type: 'compare', path, op, ...(value === undefined ? {} : { value }) };
}

export const ALL: Predicate = { type: 'all' };
export const and = (...terms: Predicate[]): Predicate => ({ type: 'and', terms });
export const or = (...terms: Predicate[]): Predicate => ({ type: 'or', terms });
export const not = (term: Predicate): Predicate => ({ type: 'not', term });
export const is = (...kinds: string[]): Predicate => ({ type: 'is', kinds });
export const idIs = (...ids: string[]): Predicate =>
  ids.length === 1 ? cmp(field('id'), 'eq', str(ids[0]!)) : cmp(field('id'), 'in', ids.map(str));

export function step(
  direction: TraversalStep['direction'],
  options: { types?: string[]; min?: number; max?: number; filter?: Predicate } = {},
): TraversalStep {
  return {
    direction,
    ...(options.types === undefined ? {} : { edgeTypes: options.types }),
    ...(options.min === undefined ? {} : { minDepth: options.min }),
    ...(options.max === undefined ? {} : { maxDepth: options.max }),
    ...(options.filter === undefined ? {} : { filter: options.filter }),
  };
}

export const out = (type?: string, options: Parameters<typeof step>[1] = {}) =>
  step('out', { ...(type === undefined ? {} : { types: [type] }), ...options });
export const into = (type?: string, options: Parameters<typeof step>[1] = {}) =>
  step('in', { ...(type === undefined ? {} : { types: [type] }), ...options });

export function withCount(op: WithCondition['count']['op'], value: number, ...steps: TraversalStep[]): Predicate {
  return { type: 'with', count: { op, value }, steps };
}
export const withEmpty = (...steps: TraversalStep[]) => withCount('eq', 0, ...steps);
export const withAny = (...steps: TraversalStep[]) => withCount('gte', 1, ...steps);

type SearchOptions = Omit<ResourceSearch, 'target' | 'filter'>;

export function search<Options extends SearchOptions>(
  filter: Predicate,
  rest: Options = {} as Options,
): ResourceSearch & Options {
  return { target: 'resources', filter, ...rest };
}

export function count(...groupBy: FieldPath[]): Aggregation {
  return { op: 'count', groupBy };
}
export function over(op: 'sum' | 'min' | 'max' | 'avg', path: FieldPath, ...groupBy: FieldPath[]): Aggregation {
  return { op, path, groupBy };
}
