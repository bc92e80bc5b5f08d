import { SEARCH_LIMITS } from '@cloud-inventory/graph-store';
import type {
  Aggregation,
  Comparison,
  ComparisonOperator,
  FieldPath,
  Literal,
  PathSegment,
  Predicate,
  SearchQuery,
  SortKey,
  TimeLiteral,
  TraversalStep,
  WithCondition,
} from '@cloud-inventory/graph-store';
import { InvalidArgumentError } from '@cloud-inventory/protocol';
import type { InventoryApi } from '@cloud-inventory/protocol';

/**
 * The structured query of a SearchRequest as the search model. Checks only what the message alone can get wrong
 * (a oneof left unset, an unknown enum value, a field of the wrong target), naming the proto field
 * (`query.filter.and.terms[1].compare.op`); validateSearch checks the rest (limits, paths, literal types).
 */
export function searchFromProto(query: InventoryApi.SearchQuery__Output, field = 'query'): SearchQuery {
  const filter = query.filter ? predicate(query.filter, `${field}.filter`, 0) : { type: 'all' as const };
  const common = {
    filter,
    ...(query.aggregate ? { aggregate: aggregation(query.aggregate, `${field}.aggregate`) } : {}),
    ...(query.sort.length > 0 ? { sort: query.sort.map((key, i) => sortKey(key, `${field}.sort[${i}]`)) } : {}),
    ...(query.limit > 0 ? { limit: query.limit } : {}),
  };
  if (query.target === 'CHANGES') {
    if (query.steps.length > 0) throw new InvalidArgumentError(`${field}.steps`, 'is for target RESOURCES only');
    if (query.fields.length > 0) throw new InvalidArgumentError(`${field}.fields`, 'is for target RESOURCES only');
    return {
      target: 'changes',
      ...common,
      ...(query.since ? { since: timeLiteral(query.since, `${field}.since`) } : {}),
      ...(query.until ? { until: timeLiteral(query.until, `${field}.until`) } : {}),
    };
  }
  if (query.target !== 'RESOURCES' && query.target !== 'TARGET_UNSPECIFIED')
    throw new InvalidArgumentError(`${field}.target`, 'must be RESOURCES or CHANGES');
  if (query.since || query.until)
    throw new InvalidArgumentError(`${field}.${query.since ? 'since' : 'until'}`, 'is for target CHANGES only');
  return {
    target: 'resources',
    ...common,
    ...(query.steps.length > 0 ? { steps: steps(query.steps, `${field}.steps`, 0) } : {}),
    ...(query.fields.length > 0
      ? { fields: query.fields.map((path, i) => fieldPath(path, `${field}.fields[${i}]`)) }
      : {}),
  };
}

/** Deeper than this the message cannot be a valid query (SEARCH_LIMITS.nesting); refused before recursing further. */
const maxDepth = SEARCH_LIMITS.nesting * 4;

function predicate(message: InventoryApi.Predicate__Output, field: string, depth: number): Predicate {
  if (depth > maxDepth)
    throw new InvalidArgumentError(field, `nests too deep (at most ${SEARCH_LIMITS.nesting}, SEARCH_LIMITS.nesting)`);
  switch (message.predicate) {
    case 'all':
      return { type: 'all' };
    case 'and':
    case 'or': {
      const terms = message[message.predicate]?.terms ?? [];
      const termsField = `${field}.${message.predicate}.terms`;
      if (terms.length === 0) throw new InvalidArgumentError(termsField, 'must have at least one term');
      return {
        type: message.predicate,
        terms: terms.map((term, i) => predicate(term, `${termsField}[${i}]`, depth + 1)),
      };
    }
    case 'not':
      return { type: 'not', term: predicate(message.not!, `${field}.not`, depth + 1) };
    case 'is':
      return { type: 'is', kinds: [...(message.is?.kinds ?? [])] };
    case 'compare':
      return comparison(message.compare!, `${field}.compare`);
    case 'with':
      return withCondition(message.with!, `${field}.with`, depth);
    default:
      throw new InvalidArgumentError(field, 'must set one of all, and, or, not, is, compare, with');
  }
}

const comparisonOperators: Record<string, ComparisonOperator> = {
  EQ: 'eq',
  NE: 'ne',
  LT: 'lt',
  LTE: 'lte',
  GT: 'gt',
  GTE: 'gte',
  IN: 'in',
  NOT_IN: 'not_in',
  CONTAINS: 'contains',
  MATCHES: 'matches',
  GLOB: 'glob',
  EXISTS: 'exists',
  MISSING: 'missing',
};

function comparison(message: InventoryApi.Comparison__Output, field: string): Comparison {
  if (!message.path) throw new InvalidArgumentError(`${field}.path`, 'is required');
  const path = fieldPath(message.path, `${field}.path`);
  const op = comparisonOperators[message.op];
  if (!op)
    throw new InvalidArgumentError(`${field}.op`, `must be one of ${Object.keys(comparisonOperators).join(', ')}`);
  if (op === 'exists' || op === 'missing') {
    if (message.value || message.values.length > 0)
      throw new InvalidArgumentError(`${field}.value`, `must be absent for ${message.op}`);
    return { type: 'compare', path, op };
  }
  if (op === 'in' || op === 'not_in') {
    if (message.value)
      throw new InvalidArgumentError(`${field}.value`, `must be absent for ${message.op} (use values)`);
    if (message.values.length === 0)
      throw new InvalidArgumentError(`${field}.values`, 'must have at least one literal');
    return {
      type: 'compare',
      path,
      op,
      value: message.values.map((value, i) => literal(value, `${field}.values[${i}]`)),
    };
  }
  if (message.values.length > 0)
    throw new InvalidArgumentError(`${field}.values`, `must be empty for ${message.op} (use value)`);
  if (!message.value) throw new InvalidArgumentError(`${field}.value`, 'is required');
  return { type: 'compare', path, op, value: literal(message.value, `${field}.value`) };
}

function literal(message: InventoryApi.Literal__Output, field: string): Literal {
  switch (message.literal) {
    case 'string_value':
      return { type: 'string', value: message.string_value ?? '' };
    case 'number_value':
      return { type: 'number', value: message.number_value ?? 0 };
    case 'bool_value':
      return { type: 'boolean', value: message.bool_value ?? false };
    case 'time':
      return timeLiteral(message.time!, `${field}.time`);
    case 'duration_seconds':
      return { type: 'duration', seconds: message.duration_seconds ?? 0 };
    default:
      throw new InvalidArgumentError(
        field,
        'must set one of string_value, number_value, bool_value, time, duration_seconds',
      );
  }
}

function timeLiteral(message: InventoryApi.TimeLiteral__Output, field: string): TimeLiteral {
  if (message.time === 'instant') return { type: 'time', value: message.instant ?? '' };
  if (message.time === 'offset_seconds') return { type: 'relative_time', offsetSeconds: message.offset_seconds ?? 0 };
  throw new InvalidArgumentError(field, 'must set one of instant, offset_seconds');
}

function fieldPath(message: InventoryApi.FieldPath__Output, field: string): FieldPath {
  switch (message.root) {
    case 'field':
      return { root: 'field', name: (message.field ?? '') as Extract<FieldPath, { root: 'field' }>['name'] };
    case 'tag':
      return { root: 'tag', key: message.tag ?? '' };
    case 'data':
      return {
        root: 'data',
        segments: (message.data?.segments ?? []).map((segment, i) =>
          pathSegment(segment, `${field}.data.segments[${i}]`),
        ),
      };
    default:
      throw new InvalidArgumentError(field, 'must set one of field, tag, data');
  }
}

const quantifiers = { ANY: 'any', ALL: 'all', NONE: 'none' } as const;

function pathSegment(message: InventoryApi.PathSegment__Output, field: string): PathSegment {
  if (message.segment === 'key') return { key: message.key ?? '' };
  if (message.segment === 'index') return { index: message.index ?? 0 };
  if (message.segment === 'quantifier') {
    const quantifier = quantifiers[message.quantifier as keyof typeof quantifiers];
    if (quantifier === undefined) throw new InvalidArgumentError(`${field}.quantifier`, 'must be ANY, ALL or NONE');
    return { quantifier };
  }
  throw new InvalidArgumentError(field, 'must set one of key, index, quantifier');
}

const directions = { DIRECTION_UNSPECIFIED: 'both', OUT: 'out', IN: 'in', BOTH: 'both' } as const;

function steps(messages: InventoryApi.TraversalStep__Output[], field: string, depth: number): TraversalStep[] {
  return messages.map((message, i) => {
    const stepField = `${field}[${i}]`;
    const direction = directions[message.direction as keyof typeof directions] as
      TraversalStep['direction'] | undefined;
    if (!direction) throw new InvalidArgumentError(`${stepField}.direction`, 'must be OUT, IN or BOTH');
    return {
      direction,
      ...(message.edge_types.length > 0 ? { edgeTypes: [...message.edge_types] } : {}),
      ...(message.min_depth !== undefined && message.min_depth !== null ? { minDepth: message.min_depth } : {}),
      ...(message.max_depth !== undefined && message.max_depth !== null ? { maxDepth: message.max_depth } : {}),
      ...(message.filter ? { filter: predicate(message.filter, `${stepField}.filter`, depth + 1) } : {}),
    };
  });
}

const countOperators = { EQ: 'eq', NE: 'ne', LT: 'lt', LTE: 'lte', GT: 'gt', GTE: 'gte' } as const;

function withCondition(message: InventoryApi.WithCondition__Output, field: string, depth: number): WithCondition {
  if (!message.count) throw new InvalidArgumentError(`${field}.count`, 'is required');
  const op = countOperators[message.count.op as keyof typeof countOperators] as
    WithCondition['count']['op'] | undefined;
  if (!op) throw new InvalidArgumentError(`${field}.count.op`, 'must be EQ, NE, LT, LTE, GT or GTE');
  if (message.steps.length === 0) throw new InvalidArgumentError(`${field}.steps`, 'must have at least one step');
  return {
    type: 'with',
    count: { op, value: message.count.value },
    steps: steps(message.steps, `${field}.steps`, depth),
  };
}

const aggregateOperators = {
  OPERATOR_UNSPECIFIED: 'count',
  COUNT: 'count',
  SUM: 'sum',
  MIN: 'min',
  MAX: 'max',
  AVG: 'avg',
} as const;

function aggregation(message: InventoryApi.Aggregation__Output, field: string): Aggregation {
  const op = aggregateOperators[message.op as keyof typeof aggregateOperators] as Aggregation['op'] | undefined;
  if (!op) throw new InvalidArgumentError(`${field}.op`, 'must be COUNT, SUM, MIN, MAX or AVG');
  return {
    op,
    ...(message.path ? { path: fieldPath(message.path, `${field}.path`) } : {}),
    groupBy: message.group_by.map((path, i) => fieldPath(path, `${field}.group_by[${i}]`)),
  };
}

function sortKey(message: InventoryApi.SortKey__Output, field: string): SortKey {
  const descending = message.descending ? { descending: true } : {};
  if (message.key === 'path') return { path: fieldPath(message.path!, `${field}.path`), ...descending };
  if (message.key === 'value' && message.value) return { value: true, ...descending };
  throw new InvalidArgumentError(field, 'must set path, or value to true');
}
