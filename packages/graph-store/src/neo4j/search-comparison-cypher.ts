import { javaFindPattern } from '../search/regex-subset.js';
import type { Comparison, Literal } from '../search/search-query.js';
import type { SearchParams } from './search-params.js';
import { instantComparison, type OrderOperator } from './search-time-cypher.js';
import { isBoolean, isNumber, isText, looksNested, nodeValue, type NodeTarget } from './search-value-cypher.js';

/**
 * A leaf of a predicate in Cypher: `expression` decides it on every node where `uncertain` is false; where
 * `uncertain` holds (absent: never) only the evaluator in process can say (search-condition.ts turns these into
 * the sure and maybe conditions). Every expression is a boolean, never null, so that `NOT` keeps its meaning.
 */
export interface Leaf {
  expression: string;
  uncertain?: string;
}

const ORDER: Record<'lt' | 'lte' | 'gt' | 'gte', OrderOperator> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** Code units from U+D800 up: where Neo4j's UTF-16 order of text and code point order can part. */
const HIGH_UNITS = /[\uD800-\uFFFF]/;
const HIGH_TEXT = '(?s).*[\\x{E000}-\\x{10FFFF}].*';

export function comparisonLeaf(
  comparison: Comparison,
  variable: string,
  params: SearchParams,
  target: NodeTarget = 'resources',
): Leaf {
  const value = nodeValue(comparison.path, variable, params, target);
  if (value.place === 'nested') return nestedLeaf(comparison, value.top);
  const expression = primitiveComparison(comparison, value.expression, params);
  const uncertain: string[] = [];
  if (value.place === 'data' && literalsOf(comparison).some((literal) => literal.type === 'string'))
    uncertain.push(looksNested(value.expression));
  if (comparison.op in ORDER && literalsOf(comparison).some((l) => l.type === 'string' && HIGH_UNITS.test(l.value)))
    uncertain.push(`(${isText(value.expression)} AND ${value.expression} =~ ${params.add(HIGH_TEXT)})`);
  return uncertain.length === 0 ? { expression } : { expression, uncertain: uncertain.join(' OR ') };
}

function literalsOf(comparison: Comparison): Literal[] {
  const value = comparison.value;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Inside a nested value only the evaluator can decide; what the node shows still narrows it: such a value needs a
 * top-level object or array (JSON text), so without one every operator but `missing` is false and `missing` true.
 */
function nestedLeaf(comparison: Comparison, top: string | undefined): Leaf {
  if (top === undefined) return { expression: 'false', uncertain: 'true' };
  const nested = isText(top);
  if (comparison.op === 'missing') return { expression: `NOT (${nested})`, uncertain: nested };
  return { expression: 'false', uncertain: nested };
}

/** The comparison over a value that is a string, number, boolean or absent (null). */
function primitiveComparison(comparison: Comparison, value: string, params: SearchParams): string {
  const literal = comparison.value;
  const single = Array.isArray(literal) ? undefined : literal;
  const list = Array.isArray(literal) ? literal : [];
  switch (comparison.op) {
    case 'exists':
      return `${value} IS NOT NULL`;
    case 'missing':
      return `${value} IS NULL`;
    case 'eq':
      return single === undefined ? 'false' : equals(value, single, params);
    case 'ne':
      return single === undefined ? 'false' : `(${value} IS NOT NULL AND NOT ${equals(value, single, params)})`;
    case 'in':
      return anyEquals(value, list, params);
    case 'not_in':
      return `(${value} IS NOT NULL AND NOT ${anyEquals(value, list, params)})`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return single === undefined ? 'false' : ordered(value, ORDER[comparison.op], single, params);
    case 'contains':
      return single?.type === 'string' ? `(${isText(value)} AND ${value} CONTAINS ${params.add(single.value)})` : 'false';
    case 'matches':
      return single?.type === 'string'
        ? `(${isText(value)} AND ${value} =~ ${params.add(javaFindPattern(single.value))})`
        : 'false';
    case 'glob':
      return single?.type === 'string'
        ? `(${isText(value)} AND ${value} =~ ${params.add(globPattern(single.value))})`
        : 'false';
  }
}

/** eq: values of the literal's type only (numbers numerically: an integer equals the same float). */
function equals(value: string, literal: Literal, params: SearchParams): string {
  switch (literal.type) {
    case 'string':
      return `(${isText(value)} AND ${value} = ${params.add(literal.value)})`;
    case 'number':
      return `(${isNumber(value)} AND ${value} = ${params.add(literal.value)})`;
    case 'boolean':
      return `(${isBoolean(value)} AND ${value} = ${params.add(literal.value)})`;
    case 'time':
      return instantComparison(value, '=', literal.value, params);
    default:
      return 'false';
  }
}

/** in: one list parameter per literal type, times one by one. */
function anyEquals(value: string, literals: Literal[], params: SearchParams): string {
  const terms: string[] = [];
  const strings = literals.flatMap((literal) => (literal.type === 'string' ? [literal.value] : []));
  const numbers = literals.flatMap((literal) => (literal.type === 'number' ? [literal.value] : []));
  const booleans = literals.flatMap((literal) => (literal.type === 'boolean' ? [literal.value] : []));
  if (strings.length > 0) terms.push(`(${isText(value)} AND ${value} IN ${params.add(strings)})`);
  if (numbers.length > 0) terms.push(`(${isNumber(value)} AND ${value} IN ${params.add(numbers)})`);
  if (booleans.length > 0) terms.push(`(${isBoolean(value)} AND ${value} IN ${params.add(booleans)})`);
  for (const literal of literals) if (literal.type === 'time') terms.push(equals(value, literal, params));
  return terms.length === 0 ? 'false' : `(${terms.join(' OR ')})`;
}

/** lt..gte: numbers numerically, text in Neo4j's order (code point order but where the caller marks it uncertain), times as instants. */
function ordered(value: string, operator: OrderOperator, literal: Literal, params: SearchParams): string {
  switch (literal.type) {
    case 'string':
      return `(${isText(value)} AND ${value} ${operator} ${params.add(literal.value)})`;
    case 'number':
      return `(${isNumber(value)} AND ${value} ${operator} ${params.add(literal.value)})`;
    case 'time':
      return instantComparison(value, operator, literal.value, params);
    default:
      return 'false';
  }
}

/** A glob as a Java pattern over the whole text: `*` any run, `?` one code point, every other character itself. */
export function globPattern(glob: string): string {
  let pattern = '(?s)';
  for (const character of glob) {
    if (character === '*') pattern += '.*';
    else if (character === '?') pattern += '.';
    else if (/[A-Za-z0-9]/.test(character) || character.codePointAt(0)! > 0x7f) pattern += character;
    else if (character === '\n') pattern += '\\n';
    else if (character === '\r') pattern += '\\r';
    else if (character === '\t') pattern += '\\t';
    else if (character < ' ' || character === '\u007f') pattern += `\\x{${character.codePointAt(0)!.toString(16)}}`;
    else pattern += `\\${character}`;
  }
  return pattern;
}
