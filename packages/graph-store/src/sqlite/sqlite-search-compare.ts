import { InvalidStoreArgumentError } from '../errors.js';
import type { ComparisonOperator, Literal } from '../search/search-query.js';
import { instantKey } from './sqlite-search-functions.js';
import { FALSE_SQL, joinSql, raw, sql, TRUE_SQL, type SqlPart } from './sqlite-search-sql.js';
import type { ValueRef } from './sqlite-search-values.js';

/**
 * One comparison of a value (ValueRef) with a literal, as SQL that is 0 or 1, never NULL (see search-query.ts
 * Comparison): values of the literal's type only, ne / not_in the present values that do not match, a missing or
 * null value nothing but `missing`. A text column is compared directly, so that its index serves the comparison.
 */
export function compareValue(ref: ValueRef, op: ComparisonOperator, value: Literal | Literal[] | undefined): SqlPart {
  switch (op) {
    case 'exists':
      return present(ref);
    case 'missing':
      return sql`(NOT ${present(ref)})`;
    case 'eq':
      return equals(ref, single(value));
    case 'ne':
      return sql`(${present(ref)} AND NOT ${equals(ref, single(value))})`;
    case 'in':
      return among(ref, list(value));
    case 'not_in':
      return sql`(${present(ref)} AND NOT ${among(ref, list(value))})`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return ordered(ref, ORDER_SQL[op], single(value));
    case 'contains':
      return text(ref, (column) => sql`instr(${column}, ${textOf(value)}) > 0`);
    case 'matches':
      return text(ref, (column) => sql`search_regexp(${textOf(value)}, ${column})`);
    case 'glob':
      return text(ref, (column) => sql`${column} GLOB ${globPattern(textOf(value))}`);
    default:
      throw new InvalidStoreArgumentError('query', `unknown comparison ${String(op)}`);
  }
}

const ORDER_SQL = { lt: raw('<'), lte: raw('<='), gt: raw('>'), gte: raw('>=') } as const;
const NUMBER_TYPES = raw("('integer', 'real')");

export function present(ref: ValueRef): SqlPart {
  if (ref.column) return ref.column.nullable ? sql`(${ref.value} IS NOT NULL)` : TRUE_SQL;
  return sql`(${ref.type} NOT IN ('missing', 'null'))`;
}

/** A condition on a text value: the column itself, or a JSON value whose type is text. */
function text(ref: ValueRef, condition: (value: SqlPart) => SqlPart): SqlPart {
  if (ref.column)
    return ref.column.nullable ? sql`(${ref.value} IS NOT NULL AND ${condition(ref.value)})` : condition(ref.value);
  return sql`(${ref.type} = 'text' AND ${condition(ref.value)})`;
}

function equals(ref: ValueRef, literal: Literal): SqlPart {
  switch (literal.type) {
    case 'string':
      if (ref.column)
        return ref.column.nullable ? sql`(${ref.value} IS ${literal.value})` : sql`(${ref.value} = ${literal.value})`;
      return sql`(${ref.type} = 'text' AND ${ref.value} = ${literal.value})`;
    case 'number':
      return ref.column ? FALSE_SQL : sql`(${ref.type} IN ${NUMBER_TYPES} AND ${ref.value} = ${literal.value})`;
    case 'boolean':
      return ref.column ? FALSE_SQL : sql`(${ref.type} = ${literal.value ? 'true' : 'false'})`;
    case 'time':
      return text(ref, (column) => sql`coalesce(search_instant(${column}) = ${instantOf(literal.value)}, 0)`);
    default:
      throw unresolved(literal);
  }
}

/** `in`: the literals grouped by type, one set lookup (a parameter of a JSON list) per type. */
function among(ref: ValueRef, literals: Literal[]): SqlPart {
  const byType = { string: [] as string[], number: [] as number[], boolean: [] as string[], time: [] as string[] };
  for (const literal of literals) {
    if (literal.type === 'string') byType.string.push(literal.value);
    else if (literal.type === 'number') byType.number.push(literal.value);
    else if (literal.type === 'boolean') byType.boolean.push(literal.value ? 'true' : 'false');
    else if (literal.type === 'time') byType.time.push(instantOf(literal.value));
    else throw unresolved(literal);
  }
  const setOf = (values: unknown[]) => sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
  const terms: SqlPart[] = [];
  if (byType.string.length > 0) terms.push(text(ref, (column) => sql`${column} IN ${setOf(byType.string)}`));
  if (byType.time.length > 0)
    terms.push(text(ref, (column) => sql`coalesce(search_instant(${column}) IN ${setOf(byType.time)}, 0)`));
  if (!ref.column && byType.number.length > 0)
    terms.push(sql`(${ref.type} IN ${NUMBER_TYPES} AND ${ref.value} IN ${setOf(byType.number)})`);
  if (!ref.column && byType.boolean.length > 0) terms.push(sql`(${ref.type} IN ${setOf(byType.boolean)})`);
  return terms.length === 0 ? FALSE_SQL : sql`(${joinSql(terms, ' OR ')})`;
}

/** lt / lte / gt / gte: numbers numerically, text by code point (SQLite's BINARY order of UTF-8), times as instants. */
function ordered(ref: ValueRef, operator: SqlPart, literal: Literal): SqlPart {
  switch (literal.type) {
    case 'string':
      return text(ref, (column) => sql`${column} ${operator} ${literal.value}`);
    case 'number':
      return ref.column
        ? FALSE_SQL
        : sql`(${ref.type} IN ${NUMBER_TYPES} AND ${ref.value} ${operator} ${literal.value})`;
    case 'time':
      return text(ref, (column) => sql`coalesce(search_instant(${column}) ${operator} ${instantOf(literal.value)}, 0)`);
    case 'boolean':
      // Booleans have no order: no value is less or greater than one.
      return FALSE_SQL;
    default:
      throw unresolved(literal);
  }
}

/** `*` any run, `?` one character, everything else itself: SQLite's GLOB with `[` escaped as `[[]`. */
export function globPattern(glob: string): string {
  return glob.replaceAll('[', '[[]');
}

function instantOf(value: string): string {
  const instant = instantKey(value);
  if (instant === undefined)
    throw new InvalidStoreArgumentError('query', `${JSON.stringify(value)} is not an ISO-8601 time`);
  return instant;
}

function single(value: Literal | Literal[] | undefined): Literal {
  if (value === undefined || Array.isArray(value))
    throw new InvalidStoreArgumentError('query', 'the comparison takes one literal');
  return value;
}

function list(value: Literal | Literal[] | undefined): Literal[] {
  if (!Array.isArray(value)) throw new InvalidStoreArgumentError('query', 'in and not_in take a list of literals');
  return value;
}

function textOf(value: Literal | Literal[] | undefined): string {
  const literal = single(value);
  if (literal.type !== 'string')
    throw new InvalidStoreArgumentError('query', 'contains, matches and glob take a string');
  return literal.value;
}

function unresolved(literal: Literal): InvalidStoreArgumentError {
  return new InvalidStoreArgumentError('query', `a ${literal.type} literal must be resolved before the store runs it`);
}
