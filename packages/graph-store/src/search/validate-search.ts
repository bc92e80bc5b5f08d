import { formatFieldPath } from './field-paths.js';
import { SEARCH_LIMITS } from './search-limits.js';
import type { FieldPath, SearchQuery } from './search-query.js';
import { validateTimeLiteral } from './validate-comparison.js';
import { validateFieldPath, type PathRules } from './validate-field-path.js';
import { PredicateValidator } from './validate-predicate.js';
import { asInteger, asObject, fail, oneOf, optionalList, type Fields } from './validate-shapes.js';

/**
 * Checks a query of unknown shape (what the API receives, what stores are called with) against the search model
 * and SEARCH_LIMITS; throws InvalidStoreArgumentError naming the path of the first problem
 * (`query.filter.terms[2].path.segments[0].key`). Returns the same object, typed.
 */
export function validateSearch(query: unknown, field = 'query'): SearchQuery {
  return validateQuery(query, field, false);
}

/** validateSearch, and what resolveSearch removes is gone: no relative time, duration or `age`. Stores call this. */
export function validateResolvedSearch(query: unknown, field = 'query'): SearchQuery {
  return validateQuery(query, field, true);
}

function validateQuery(value: unknown, field: string, resolved: boolean): SearchQuery {
  const query = asObject(value, field, 'a search query');
  const target = oneOf(query.target, `${field}.target`, ['resources', 'changes']);
  const rules: PathRules = { target, inComparison: false, resolved };
  const predicates = new PredicateValidator(rules);
  predicates.predicate(query.filter, `${field}.filter`, 0, 0);
  if (target === 'resources') {
    predicates.steps(query.steps === undefined ? [] : query.steps, `${field}.steps`, 0, 0);
    optionalList(query.fields, `${field}.fields`, SEARCH_LIMITS.fields).forEach((path, index) =>
      validateFieldPath(path, `${field}.fields[${index}]`, rules),
    );
    if (query.fields !== undefined && query.aggregate !== undefined) {
      fail(`${field}.fields`, 'an aggregated search answers rows, not fields');
    }
  } else {
    for (const name of ['steps', 'fields'] as const) {
      if (query[name] !== undefined) fail(`${field}.${name}`, `a change search has no ${name}`);
    }
    if (query.since !== undefined) validateTimeLiteral(query.since, `${field}.since`, resolved);
    if (query.until !== undefined) validateTimeLiteral(query.until, `${field}.until`, resolved);
  }
  const groupBy =
    query.aggregate === undefined ? undefined : validateAggregation(query.aggregate, `${field}.aggregate`, rules);
  validateSort(query.sort, `${field}.sort`, rules, groupBy);
  if (query.limit !== undefined) asInteger(query.limit, `${field}.limit`, 1, SEARCH_LIMITS.limit);
  return query as unknown as SearchQuery;
}

/** Returns the groupBy paths, formatted (the names rows carry). */
function validateAggregation(value: unknown, field: string, rules: PathRules): string[] {
  const aggregate = asObject(value, field);
  const op = oneOf(aggregate.op, `${field}.op`, ['count', 'sum', 'min', 'max', 'avg']);
  if (op === 'count' && aggregate.path !== undefined) fail(`${field}.path`, 'count takes no path');
  if (op !== 'count') validateFieldPath(aggregate.path, `${field}.path`, rules);
  return optionalList(aggregate.groupBy, `${field}.groupBy`, SEARCH_LIMITS.groupBy).map((path, index) =>
    formatFieldPath(validateFieldPath(path, `${field}.groupBy[${index}]`, rules)),
  );
}

/** Without aggregation a key is a path of the resource; with it, `value` or one of the groupBy paths. */
function validateSort(value: unknown, field: string, rules: PathRules, groupBy: string[] | undefined): void {
  optionalList(value, field, SEARCH_LIMITS.sortKeys).forEach((entry, index) => {
    const at = `${field}[${index}]`;
    const key = asObject(entry, at, 'a sort key');
    if (key.descending !== undefined && typeof key.descending !== 'boolean') {
      fail(`${at}.descending`, 'must be a boolean');
    }
    if (key.value !== undefined) return validateValueKey(key, at, groupBy);
    const path = validateFieldPath(key.path, `${at}.path`, rules);
    if (groupBy !== undefined && !groupBy.includes(formatFieldPath(path as FieldPath))) {
      fail(`${at}.path`, 'an aggregated search sorts by value or by one of its groupBy paths');
    }
  });
}

function validateValueKey(key: Fields, field: string, groupBy: string[] | undefined): void {
  if (key.value !== true) fail(`${field}.value`, 'must be true');
  if (key.path !== undefined) fail(field, 'must have a path or value, not both');
  if (groupBy === undefined) fail(`${field}.value`, 'only an aggregated search sorts by value');
}
