import { InvalidStoreArgumentError } from '../errors.js';
import { CHANGE_FIELDS, type FieldPath, type PathSegment } from '../search/search-query.js';
import { raw, sql, type SqlPart } from './sqlite-search-sql.js';

/**
 * Where a search reads the value at a path, as SQL over one row: a resource (`resources` alias) or a change
 * record (`changes` alias). Every value has a JSON type that is never NULL (`'missing'` when absent), so that the
 * predicates built on it are 0 or 1 and never NULL: `NOT` then means what it says.
 */
export interface ValueRef {
  /** 'missing', 'null', 'true', 'false', 'integer', 'real', 'text', 'array' or 'object'. */
  type: SqlPart;
  /** Text, a number, 1 / 0 for booleans, JSON text for objects and arrays; NULL when missing or null. */
  value: SqlPart;
  /** Set for a text column: comparisons name it directly so that its index can serve them. */
  column?: { nullable: boolean };
}

export interface RowScope {
  target: 'resources' | 'changes';
  alias: string;
}

/** A JSON value to apply path segments to: a document expression, or the current element of a json_each. */
export type JsonBase = { doc: SqlPart } | { element: string };

export type ResolvedPath = { ref: ValueRef } | { base: JsonBase; segments: PathSegment[] };

const RESOURCE_COLUMNS: Record<string, { column: string; nullable: boolean }> = {
  uid: { column: 'uid', nullable: false },
  id: { column: 'id', nullable: false },
  name: { column: 'name', nullable: false },
  kind: { column: 'kind', nullable: false },
  cloud: { column: 'cloud', nullable: false },
  account: { column: 'account', nullable: false },
  region: { column: 'region', nullable: false },
  service_group: { column: 'service', nullable: false },
  type: { column: 'type', nullable: true },
  created_at: { column: 'created_at', nullable: true },
  updated_at: { column: 'updated_at', nullable: true },
  first_seen: { column: 'first_seen', nullable: false },
  orphaned_since: { column: 'orphaned_since', nullable: true },
};

const MISSING: ValueRef = { type: raw("'missing'"), value: raw('NULL') };

export function columnRef(column: SqlPart, nullable: boolean): ValueRef {
  return {
    type: nullable ? sql`(CASE WHEN ${column} IS NULL THEN 'missing' ELSE 'text' END)` : raw("'text'"),
    value: column,
    column: { nullable },
  };
}

export function resolvePath(scope: RowScope, path: FieldPath): ResolvedPath {
  const { alias } = scope;
  if (scope.target === 'changes') {
    if (path.root !== 'field') return { ref: MISSING };
    if (!(CHANGE_FIELDS as readonly string[]).includes(path.name))
      throw new InvalidStoreArgumentError('query', `a change search names no field ${path.name}`);
    return { ref: columnRef(raw(`${alias}.${path.name}`), false) };
  }
  if (path.root === 'tag') return { ref: jsonRef(raw(`${alias}.tags`), jsonPath([{ key: path.key }])) };
  if (path.root === 'data') return { base: { doc: raw(`${alias}.data`) }, segments: path.segments };
  if (path.name === 'last_seen') {
    // Kept apart from the wide row (resource_seen): read only by the searches that name it.
    return {
      ref: columnRef(raw(`(SELECT seen.last_seen FROM resource_seen seen WHERE seen.rid = ${alias}.rid)`), true),
    };
  }
  const column = RESOURCE_COLUMNS[path.name];
  if (column === undefined) throw new InvalidStoreArgumentError('query', `${path.name} is not a stored field`);
  return { ref: columnRef(raw(`${alias}.${column.column}`), column.nullable) };
}

/** The ref of a path without quantifier; a path holding one reads as missing (the callers refuse those). */
export function valueRefOf(scope: RowScope, path: FieldPath): ValueRef {
  const resolved = resolvePath(scope, path);
  if ('ref' in resolved) return resolved.ref;
  return locateJson(resolved.base, resolved.segments);
}

/** The value at key / index segments below a base. */
export function locateJson(base: JsonBase, segments: PathSegment[]): ValueRef {
  if ('element' in base && segments.length === 0) {
    return { type: raw(`${base.element}.type`), value: raw(`${base.element}.value`) };
  }
  return jsonRef(docOf(base), jsonPath(segments));
}

/** The rows of json_each over the array at key / index segments below a base; none when it is not an array. */
export function arrayElements(base: JsonBase, segments: PathSegment[]): SqlPart {
  if ('element' in base && segments.length === 0) {
    return raw(`json_each(CASE WHEN ${base.element}.type = 'array' THEN ${base.element}.value END)`);
  }
  const doc = docOf(base);
  const path = jsonPath(segments);
  return sql`json_each(CASE WHEN json_type(${doc}, ${path}) = 'array' THEN ${doc} END, ${path})`;
}

function docOf(base: JsonBase): SqlPart {
  if ('doc' in base) return base.doc;
  // Only an object or array element is JSON to look into; a text element's value is plain text.
  return raw(`(CASE WHEN ${base.element}.type IN ('object', 'array') THEN ${base.element}.value END)`);
}

function jsonRef(doc: SqlPart, path: string): ValueRef {
  return { type: sql`coalesce(json_type(${doc}, ${path}), 'missing')`, value: sql`json_extract(${doc}, ${path})` };
}

/**
 * An SQLite JSON path of key / index segments. Keys are quoted labels; SQLite reads JSON escapes in them, so a
 * quote (which would end the label) is written \u0022 and any key can be named. The path is always a parameter.
 */
export function jsonPath(segments: PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if ('key' in segment) path += `."${escapeKey(segment.key)}"`;
    else if ('index' in segment) path += `[${segment.index}]`;
    else throw new InvalidStoreArgumentError('query', 'a quantifier cannot be read as one value');
  }
  return path;
}

function escapeKey(key: string): string {
  let escaped = '';
  for (const char of key) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"') escaped += '\\u0022';
    else if (char === '\\') escaped += '\\\\';
    else if (code < 0x20) escaped += `\\u${code.toString(16).padStart(4, '0')}`;
    else escaped += char;
  }
  return escaped;
}
