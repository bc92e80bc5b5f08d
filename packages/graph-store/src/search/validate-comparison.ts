import { parseIsoInstant } from './iso-time.js';
import { validateRegex } from './regex-subset.js';
import { SEARCH_LIMITS } from './search-limits.js';
import {
  COMPARISON_OPERATORS,
  type Comparison,
  type ComparisonOperator,
  type FieldPath,
  type Literal,
} from './search-query.js';

export { COMPARISON_OPERATORS };
import { validateFieldPath, type PathRules } from './validate-field-path.js';
import { asList, asObject, fail, oneOf, type Fields } from './validate-shapes.js';

/** Ten thousand years, in seconds: far beyond any real offset, well inside what a Date holds. */
export const MAX_TIME_OFFSET_SECONDS = 10_000 * 365 * 86_400;

type LiteralType = Literal['type'];
const EQUALITY_TYPES: readonly LiteralType[] = ['string', 'number', 'boolean'];
const ORDER_TYPES: readonly LiteralType[] = ['string', 'number', 'time', 'relative_time'];
const RANGE_OPERATORS: readonly ComparisonOperator[] = ['lt', 'lte', 'gt', 'gte'];

/**
 * A comparison and the literal types its operator takes: eq / ne / in / not_in text, numbers and booleans; lt / lte
 * / gt / gte text, numbers and times; contains / matches / glob text; exists / missing nothing. `age` (before
 * resolveSearch only) takes lt / lte / gt / gte and a duration: the distance from now has no useful equality.
 */
export function validateComparison(comparison: Fields, field: string, rules: PathRules): Comparison {
  const path = validateFieldPath(comparison.path, `${field}.path`, { ...rules, inComparison: true });
  const op = oneOf(comparison.op, `${field}.op`, COMPARISON_OPERATORS);
  const at = `${field}.value`;
  const value = comparison.value;
  if (isAge(path)) {
    if (!RANGE_OPERATORS.includes(op)) fail(`${field}.op`, 'age compares only with lt, lte, gt or gte');
    validateLiteral(value, at, ['duration'], rules.resolved);
    return comparison as unknown as Comparison;
  }
  switch (op) {
    case 'exists':
    case 'missing':
      if (value !== undefined) fail(at, `${op} takes no value`);
      break;
    case 'in':
    case 'not_in':
      asList(value, at, SEARCH_LIMITS.listEntries, 1).forEach((entry, index) =>
        validateLiteral(entry, `${at}[${index}]`, EQUALITY_TYPES, rules.resolved),
      );
      break;
    case 'contains':
      validateLiteral(value, at, ['string'], rules.resolved);
      break;
    case 'matches':
      validateRegex(validateLiteral(value, at, ['string'], rules.resolved).value as string, `${at}.value`);
      break;
    case 'glob':
      if (
        (validateLiteral(value, at, ['string'], rules.resolved).value as string).length > SEARCH_LIMITS.patternLength
      ) {
        fail(`${at}.value`, `must have at most ${SEARCH_LIMITS.patternLength} characters`);
      }
      break;
    case 'eq':
    case 'ne':
      validateLiteral(value, at, EQUALITY_TYPES, rules.resolved);
      break;
    default:
      validateLiteral(value, at, ORDER_TYPES, rules.resolved);
  }
  return comparison as unknown as Comparison;
}

export function isAge(path: FieldPath): boolean {
  return path.root === 'field' && path.name === 'age';
}

const TYPE_NAMES: Record<LiteralType, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  time: 'a time',
  relative_time: 'a relative time',
  duration: 'a duration',
};

export function validateLiteral(
  value: unknown,
  field: string,
  types: readonly LiteralType[],
  resolved: boolean,
): Fields {
  const literal = asObject(value, field, 'a literal');
  if (!(types as readonly unknown[]).includes(literal.type)) {
    const allowed = types.filter((type) => !resolved || (type !== 'relative_time' && type !== 'duration'));
    const names = allowed.map((type) => TYPE_NAMES[type]);
    const choices = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
    const hint = literal.type === 'duration' ? ' (a duration compares only with age; now-90d is a time)' : '';
    fail(`${field}.type`, `must be ${choices} here${hint}`);
  }
  const type = literal.type as LiteralType;
  if (resolved && (type === 'relative_time' || type === 'duration')) {
    fail(`${field}.type`, `${TYPE_NAMES[type]} must be resolved (resolveSearch) first`);
  }
  validateLiteralValue(literal, type, field);
  return literal;
}

export function validateTimeLiteral(value: unknown, field: string, resolved: boolean): void {
  validateLiteral(value, field, ['time', 'relative_time'], resolved);
}

function validateLiteralValue(literal: Fields, type: LiteralType, field: string): void {
  switch (type) {
    case 'string':
      if (typeof literal.value !== 'string') fail(`${field}.value`, 'must be a string');
      if (literal.value.length > SEARCH_LIMITS.stringLength) {
        fail(`${field}.value`, `must have at most ${SEARCH_LIMITS.stringLength} characters`);
      }
      return;
    case 'number':
      if (typeof literal.value !== 'number' || !Number.isFinite(literal.value)) {
        fail(`${field}.value`, 'must be a finite number');
      }
      return;
    case 'boolean':
      if (typeof literal.value !== 'boolean') fail(`${field}.value`, 'must be a boolean');
      return;
    case 'time':
      if (typeof literal.value !== 'string' || parseIsoInstant(literal.value) === undefined) {
        fail(`${field}.value`, 'must be an ISO-8601 date (2024-05-01) or date-time (2024-05-01T10:00:00Z)');
      }
      return;
    case 'relative_time':
      return validateSeconds(literal.offsetSeconds, `${field}.offsetSeconds`, -MAX_TIME_OFFSET_SECONDS);
    case 'duration':
      return validateSeconds(literal.seconds, `${field}.seconds`, 0);
  }
}

function validateSeconds(value: unknown, field: string, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TIME_OFFSET_SECONDS) {
    fail(field, `must be a whole number of seconds from ${min} to ${MAX_TIME_OFFSET_SECONDS}`);
  }
}
