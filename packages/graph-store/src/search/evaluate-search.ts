import type { ChangeRecord, StoredResource } from '../graph-store.js';
import { compareInstants, parseInstant } from './instants.js';
import type { Comparison, FieldPath, Literal, PathSegment, Predicate } from './search-query.js';
import { compareCodePoints } from './value-order.js';

/**
 * The reference semantics of a search predicate (search-query.ts), evaluated over one resource in memory: what every
 * store's answer is checked against, and what a store may run in process. `with` needs the graph: it throws.
 */
export function matchesPredicate(resource: StoredResource, predicate: Predicate): boolean {
  return evaluate(predicate, (path) => resourceRoot(resource, path));
}

/** The same over a change record: the CHANGE_FIELDS as `{ root: 'field' }` paths; tags and data are missing. */
export function matchesChange(change: ChangeRecord, predicate: Predicate): boolean {
  return evaluate(predicate, (path) => (path.root === 'field' ? changeField(change, path.name) : undefined));
}

/**
 * The value at a path without quantifier (a groupBy or sort path): undefined when missing or null. Throws on a
 * quantifier, and on `age` (resolveSearch replaces it).
 */
export function valuesAt(resource: StoredResource, path: FieldPath): unknown {
  const root = resourceRoot(resource, path);
  if (path.root !== 'data') return root ?? undefined;
  let value = root;
  for (const segment of path.segments) {
    if ('quantifier' in segment) throw new Error(`valuesAt takes a path without quantifier`);
    value = step(value, segment);
  }
  return value ?? undefined;
}

type RootReader = (path: FieldPath) => unknown;

function evaluate(predicate: Predicate, root: RootReader): boolean {
  switch (predicate.type) {
    case 'all':
      return true;
    case 'and':
      return predicate.terms.every((term) => evaluate(term, root));
    case 'or':
      return predicate.terms.some((term) => evaluate(term, root));
    case 'not':
      return !evaluate(predicate.term, root);
    case 'is': {
      const kind = root({ root: 'field', name: 'kind' });
      return typeof kind === 'string' && predicate.kinds.includes(kind);
    }
    case 'compare': {
      const segments = predicate.path.root === 'data' ? predicate.path.segments : [];
      return matchesAlong(root(predicate.path), segments, predicate);
    }
    case 'with':
      throw new Error('a with condition needs the graph: the store evaluates it');
  }
}

/** Walks the rest of a data path from `value`; a quantifier applies what follows it to each element of an array. */
function matchesAlong(value: unknown, segments: readonly PathSegment[], comparison: Comparison): boolean {
  let current = value;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    if ('quantifier' in segment) {
      if (!Array.isArray(current)) return false;
      const rest = segments.slice(index + 1);
      const matches = (element: unknown) => matchesAlong(element, rest, comparison);
      if (segment.quantifier === 'any') return current.some(matches);
      if (segment.quantifier === 'all') return current.every(matches);
      return !current.some(matches);
    }
    current = step(current, segment);
  }
  return compareValue(current, comparison);
}

function step(value: unknown, segment: { key: string } | { index: number }): unknown {
  if ('key' in segment) {
    if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, segment.key)) return undefined;
    return (value as Record<string, unknown>)[segment.key];
  }
  if (!Array.isArray(value) || !Number.isInteger(segment.index) || segment.index < 0) return undefined;
  return value[segment.index];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compareValue(value: unknown, comparison: Comparison): boolean {
  const missing = value === undefined || value === null;
  if (comparison.op === 'missing') return missing;
  if (missing) return false;
  const literal = comparison.value;
  switch (comparison.op) {
    case 'exists':
      return true;
    case 'eq':
      return !Array.isArray(literal) && literal !== undefined && equalsLiteral(value, literal);
    case 'ne':
      return !Array.isArray(literal) && literal !== undefined && !equalsLiteral(value, literal);
    case 'in':
      return Array.isArray(literal) && literal.some((entry) => equalsLiteral(value, entry));
    case 'not_in':
      return Array.isArray(literal) && !literal.some((entry) => equalsLiteral(value, entry));
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const order = Array.isArray(literal) || literal === undefined ? undefined : orderAgainst(value, literal);
      return order !== undefined && holds(comparison.op, order);
    }
    case 'contains':
      return (
        typeof value === 'string' && stringLiteral(literal) !== undefined && value.includes(stringLiteral(literal)!)
      );
    case 'matches': {
      const pattern = stringLiteral(literal);
      return typeof value === 'string' && pattern !== undefined && searchRegExp(pattern).test(value);
    }
    case 'glob': {
      const pattern = stringLiteral(literal);
      return typeof value === 'string' && pattern !== undefined && globOf(pattern).test(value);
    }
  }
}

/** eq and in: values of the literal's type only; a time literal equals text naming the same instant. */
function equalsLiteral(value: unknown, literal: Literal): boolean {
  if (literal.type === 'time') return orderAgainst(value, literal) === 0;
  if (literal.type === 'string' || literal.type === 'number' || literal.type === 'boolean')
    return typeof value === literal.type && value === literal.value;
  return false;
}

/** The order of a value against a literal of its type, undefined when they do not compare. */
function orderAgainst(value: unknown, literal: Literal): number | undefined {
  switch (literal.type) {
    case 'number':
      return typeof value === 'number' ? Math.sign(value - literal.value) : undefined;
    case 'string':
      return typeof value === 'string' ? Math.sign(compareCodePoints(value, literal.value)) : undefined;
    case 'time': {
      const bound = parseInstant(literal.value);
      const instant = typeof value === 'string' ? parseInstant(value) : undefined;
      return bound === undefined || instant === undefined ? undefined : Math.sign(compareInstants(instant, bound));
    }
    default:
      return undefined;
  }
}

function holds(op: 'lt' | 'lte' | 'gt' | 'gte', order: number): boolean {
  if (op === 'lt') return order < 0;
  if (op === 'lte') return order <= 0;
  if (op === 'gt') return order > 0;
  return order >= 0;
}

function stringLiteral(literal: Comparison['value']): string | undefined {
  return !Array.isArray(literal) && literal?.type === 'string' ? literal.value : undefined;
}

const regexCache = new Map<string, RegExp>();
const globCache = new Map<string, RegExp>();

/**
 * Found anywhere in the text (unanchored), JavaScript semantics with flags `su` (`.` matches line breaks, by code
 * point), which javaFindPattern gives Neo4j too; validateRegex keeps to the subset both read alike.
 */
export function searchRegExp(pattern: string): RegExp {
  return cached(regexCache, pattern, () => new RegExp(pattern, 'su'));
}

/** The whole text: `*` any run of characters (newlines too), `?` one code point; every other character itself. */
function globOf(pattern: string): RegExp {
  return cached(globCache, pattern, () => {
    let source = '';
    for (const character of pattern) {
      if (character === '*') source += '.*';
      else if (character === '?') source += '.';
      else source += character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 'su');
  });
}

function cached(cache: Map<string, RegExp>, pattern: string, build: () => RegExp): RegExp {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    if (cache.size >= 1000) cache.clear();
    regex = build();
    cache.set(pattern, regex);
  }
  return regex;
}

function resourceRoot(resource: StoredResource, path: FieldPath): unknown {
  if (path.root === 'data') return resource.data;
  if (path.root === 'tag')
    return Object.prototype.hasOwnProperty.call(resource.tags, path.key) ? resource.tags[path.key] : undefined;
  switch (path.name) {
    case 'uid':
    case 'id':
    case 'name':
    case 'kind':
    case 'cloud':
    case 'account':
    case 'region':
    case 'type':
      return resource[path.name];
    case 'service_group':
      return resource.serviceGroup;
    case 'created_at':
      return resource.createdAt;
    case 'updated_at':
      return resource.updatedAt;
    case 'first_seen':
      return resource.firstSeen;
    case 'last_seen':
      return resource.lastSeen;
    case 'orphaned_since':
      return resource.orphanedSince;
    case 'age':
      throw new Error('age is a field before resolveSearch only');
  }
}

function changeField(change: ChangeRecord, name: string): unknown {
  switch (name) {
    case 'sync_id':
      return change.syncId;
    case 'uid':
    case 'kind':
    case 'name':
    case 'cloud':
    case 'account':
    case 'region':
    case 'change':
    case 'at':
      return change[name];
    default:
      return undefined;
  }
}
