import { SEARCH_LIMITS } from './search-limits.js';
import { CHANGE_FIELDS, CORE_FIELDS, type FieldPath } from './search-query.js';
import { asInteger, asList, asObject, asString, fail, oneOf } from './validate-shapes.js';

/** The longest tag key or data key a path may name. */
export const MAX_PATH_KEY_LENGTH = 1024;

export interface PathRules {
  target: 'resources' | 'changes';
  /** Comparisons may quantify over arrays and name `age`; groupBy, sort, fields and aggregated paths may not. */
  inComparison: boolean;
  /** After resolveSearch, `age` is gone. */
  resolved: boolean;
}

const RESOURCE_FIELDS: readonly string[] = CORE_FIELDS;

export function validateFieldPath(value: unknown, field: string, rules: PathRules): FieldPath {
  const path = asObject(value, field);
  if (rules.target === 'changes') {
    if (path.root !== 'field') fail(`${field}.root`, 'a change search names change fields only (root "field")');
    oneOf(path.name, `${field}.name`, CHANGE_FIELDS);
    return path as FieldPath;
  }
  const root = oneOf(path.root, `${field}.root`, ['field', 'tag', 'data']);
  if (root === 'field') {
    const name = oneOf(path.name, `${field}.name`, RESOURCE_FIELDS);
    if (name === 'age' && rules.resolved) fail(`${field}.name`, 'age must be resolved (resolveSearch) first');
    if (name === 'age' && !rules.inComparison) {
      fail(`${field}.name`, 'age is only compared with a duration (sort or group by created_at instead)');
    }
  } else if (root === 'tag') {
    asString(path.key, `${field}.key`, MAX_PATH_KEY_LENGTH);
  } else {
    validateSegments(path.segments, `${field}.segments`, rules.inComparison);
  }
  return path as FieldPath;
}

function validateSegments(value: unknown, field: string, quantifiers: boolean): void {
  const segments = asList(value, field, SEARCH_LIMITS.pathSegments, 1);
  segments.forEach((entry, index) => {
    const at = `${field}[${index}]`;
    const segment = asObject(entry, at);
    const shapes = ['key', 'index', 'quantifier'].filter((name) => segment[name] !== undefined);
    if (shapes.length !== 1) fail(at, 'must have exactly one of key, index or quantifier');
    if (segment.key !== undefined) asString(segment.key, `${at}.key`, MAX_PATH_KEY_LENGTH);
    else if (segment.index !== undefined) asInteger(segment.index, `${at}.index`, 0, Number.MAX_SAFE_INTEGER);
    else if (!quantifiers) fail(`${at}.quantifier`, 'only a comparison may quantify over an array');
    else oneOf(segment.quantifier, `${at}.quantifier`, ['any', 'all', 'none']);
  });
}
