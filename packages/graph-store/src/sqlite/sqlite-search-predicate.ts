import { InvalidStoreArgumentError } from '../errors.js';
import type { Comparison, PathSegment, Predicate, WithCondition } from '../search/search-query.js';
import { compareValue } from './sqlite-search-compare.js';
import { FALSE_SQL, joinSql, raw, sql, TRUE_SQL, type SqlNames, type SqlPart } from './sqlite-search-sql.js';
import { arrayElements, locateJson, resolvePath, type JsonBase, type RowScope } from './sqlite-search-values.js';

/** What compiling a predicate needs beside the row: fresh names, and the compiler of `with` (the traversal's). */
export interface PredicateContext {
  names: SqlNames;
  withCondition(condition: WithCondition, scope: RowScope): SqlPart;
}

/** A predicate over the row of `scope` as a WHERE term that is 0 or 1, never NULL. */
export function compilePredicate(predicate: Predicate, scope: RowScope, context: PredicateContext): SqlPart {
  switch (predicate.type) {
    case 'all':
      return TRUE_SQL;
    case 'and':
      return predicate.terms.length === 0
        ? TRUE_SQL
        : sql`(${joinSql(terms(predicate.terms, scope, context), ' AND ')})`;
    case 'or':
      return predicate.terms.length === 0
        ? FALSE_SQL
        : sql`(${joinSql(terms(predicate.terms, scope, context), ' OR ')})`;
    case 'not':
      return sql`(NOT ${compilePredicate(predicate.term, scope, context)})`;
    case 'is':
      return kindIn(raw(`${scope.alias}.kind`), predicate.kinds);
    case 'compare':
      return comparison(predicate, scope, context);
    case 'with':
      if (scope.target !== 'resources')
        throw new InvalidStoreArgumentError('query.filter', 'with() applies to resources');
      return context.withCondition(predicate, scope);
    default:
      throw new InvalidStoreArgumentError('query.filter', 'unknown predicate');
  }
}

function terms(predicates: Predicate[], scope: RowScope, context: PredicateContext): SqlPart[] {
  return predicates.map((term) => compilePredicate(term, scope, context));
}

/** `kind = ?` for one kind (the kind index serves either form). */
export function kindIn(column: SqlPart, kinds: string[]): SqlPart {
  if (kinds.length === 0) return FALSE_SQL;
  if (kinds.length === 1) return sql`${column} = ${kinds[0]}`;
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(kinds)}))`;
}

function comparison(predicate: Comparison, scope: RowScope, context: PredicateContext): SqlPart {
  const resolved = resolvePath(scope, predicate.path);
  if ('ref' in resolved) return compareValue(resolved.ref, predicate.op, predicate.value);
  return quantified(resolved.base, resolved.segments, predicate, context);
}

/**
 * A data path, split at its first quantifier: the comparison applies to each element of the array there (the
 * rest of the path, which may hold further quantifiers, below the element). `all` is true for an empty array; a
 * value that is not an array matches no quantifier (json_each then reads no element, and `all` / `none` check it).
 */
function quantified(
  base: JsonBase,
  segments: PathSegment[],
  predicate: Comparison,
  context: PredicateContext,
): SqlPart {
  const at = segments.findIndex((segment) => 'quantifier' in segment);
  if (at < 0) return compareValue(locateJson(base, segments), predicate.op, predicate.value);
  const quantifier = (segments[at] as { quantifier: 'any' | 'all' | 'none' }).quantifier;
  const prefix = segments.slice(0, at);
  const element = context.names.fresh('q');
  const condition = quantified({ element }, segments.slice(at + 1), predicate, context);
  const elements = sql`${arrayElements(base, prefix)} AS ${raw(element)}`;
  if (quantifier === 'any') return sql`EXISTS (SELECT 1 FROM ${elements} WHERE ${condition})`;
  const isArray = sql`(${locateJson(base, prefix).type} = 'array')`;
  const failing = quantifier === 'all' ? sql`NOT ${condition}` : condition;
  return sql`(${isArray} AND NOT EXISTS (SELECT 1 FROM ${elements} WHERE ${failing}))`;
}
