import { CHANGE_FIELDS, type FieldPath } from '../search/search-query.js';
import { tagValueExpression } from './filter-cypher.js';
import { isSafeIdentifier } from './identifiers.js';
import type { SearchParams } from './search-params.js';

/**
 * Where a path's value lies on a node (resource-node.ts):
 * - `text`: a core field or a tag's value, text or absent;
 * - `data`: a top-level data value as `data_<key>`: a string, number or boolean, or the JSON text of an object or
 *   array, which looks like text starting with `{` or `[` (so text comparisons there are decided in process);
 * - `nested`: inside a nested value, which Cypher cannot read: decided in process, with `top` the property of the
 *   top-level value it lies in (when its key is an identifier), or none.
 */
export type NodeValue =
  | { place: 'text'; expression: string }
  | { place: 'data'; expression: string }
  | { place: 'nested'; top: string | undefined };

const CORE_PROPERTIES: Record<string, string> = { service_group: 'service' };

/** What a node is: a `:Resource`, or a `:Change` of the log (CHANGE_FIELDS only; tags and data are missing). */
export type NodeTarget = 'resources' | 'changes';

const CHANGE_FIELD_NAMES: ReadonlySet<string> = new Set(CHANGE_FIELDS);

export function nodeValue(path: FieldPath, variable: string, params: SearchParams, target: NodeTarget = 'resources'): NodeValue {
  if (target === 'changes') {
    const named = path.root === 'field' && CHANGE_FIELD_NAMES.has(path.name);
    return { place: 'text', expression: named ? `${variable}.${path.name}` : 'null' };
  }
  if (path.root === 'field') {
    const property = CORE_PROPERTIES[path.name] ?? path.name;
    if (!isSafeIdentifier(property)) throw new Error(`not a core field: ${property}`);
    return { place: 'text', expression: `${variable}.${property}` };
  }
  if (path.root === 'tag') {
    const key = params.add(path.key).slice(1);
    return { place: 'text', expression: tagValueExpression(variable, key) };
  }
  const [first, ...rest] = path.segments;
  const top = first !== undefined && 'key' in first ? dataProperty(variable, first.key) : undefined;
  if (top !== undefined && rest.length === 0) return { place: 'data', expression: top };
  return { place: 'nested', top };
}

/**
 * The property of a top-level data value, or undefined when the key is not an identifier (such values are in
 * data_json only). The key passed isSafeIdentifier, so backticks around `data_<key>` cannot be escaped from.
 */
export function dataProperty(variable: string, key: string): string | undefined {
  return isSafeIdentifier(key) ? `${variable}.\`data_${key}\`` : undefined;
}

export const isText = (value: string) => `${value} IS :: STRING NOT NULL`;
export const isNumber = (value: string) => `(${value} IS :: INTEGER NOT NULL OR ${value} IS :: FLOAT NOT NULL)`;
export const isBoolean = (value: string) => `${value} IS :: BOOLEAN NOT NULL`;

/** A data property that may be the JSON text of an object or array rather than a string. */
export const looksNested = (value: string) =>
  `(${isText(value)} AND (${value} STARTS WITH '{' OR ${value} STARTS WITH '['))`;
