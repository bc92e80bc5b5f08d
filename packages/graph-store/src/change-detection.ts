import { hash as digest } from 'node:crypto';
import type { ResourceRecord } from './graph-store.js';

/**
 * Change detection shared by every adapter, so that both stores classify a write the same way. The hash covers the
 * content a user cares about and leaves out volatile fields: updatedAt, sync markers, first/last seen, and the data
 * paths the resource declares volatile (`volatileFields`).
 */

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      // Like JSON.stringify: undefined, functions and symbols have no JSON form (null inside arrays).
      return 'null';
  }
}

function canonicalArray(items: unknown[]): string {
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) text += ',';
    text += canonicalJson(items[index]);
  }
  return `${text}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  const keys = Object.keys(object).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${text}}`;
}

/** The canonical JSON of a resource's tags and data and its content hash, computed once for storing and comparing. */
export interface ResourceContent {
  tagsJson: string;
  dataJson: string;
  hash: string;
}

export function resourceContent(resource: ResourceRecord): ResourceContent {
  const tagsJson = canonicalObject(resource.tags);
  const dataJson = canonicalObject(resource.data);
  const stableJson = hasVolatileFields(resource)
    ? canonicalObject(stableData(resource.data, resource.volatileFields))
    : dataJson;
  const content = `{"createdAt":${canonicalJson(resource.createdAt ?? null)},"data":${stableJson},"name":${JSON.stringify(resource.name)},"tags":${tagsJson},"type":${canonicalJson(resource.type ?? null)}}`;
  return { tagsJson, dataJson, hash: digest('sha1', content, 'hex') };
}

/** sha1 of the canonical JSON of { createdAt, data without its volatile fields, name, tags, type }. */
export function contentHash(resource: ResourceRecord): string {
  return resourceContent(resource).hash;
}

/**
 * sha1 of the canonical JSON of the values at the resource's volatile paths, '' when it declares none: whether the
 * stored values are the latest ones, apart from whether the resource changed.
 */
export function volatileHash(resource: ResourceRecord): string {
  if (!hasVolatileFields(resource)) return '';
  const values = resource.volatileFields.map((path) => valueAt(resource.data, path.split('.')) ?? null);
  return digest('sha1', canonicalArray(values), 'hex');
}

function hasVolatileFields(resource: ResourceRecord): resource is ResourceRecord & { volatileFields: string[] } {
  return resource.volatileFields !== undefined && resource.volatileFields.length > 0;
}

/** Data without the values at the volatile paths (copied along those paths only; the input is left as it is). */
export function stableData(data: Record<string, unknown>, volatileFields: readonly string[] = []) {
  if (volatileFields.length === 0) return data;
  const stable = { ...data };
  for (const path of volatileFields) removePath(stable, path.split('.'));
  return stable;
}

function removePath(object: Record<string, unknown>, keys: string[]): void {
  const [key, ...rest] = keys;
  if (key === undefined || !Object.hasOwn(object, key)) return;
  if (rest.length === 0) {
    delete object[key];
    return;
  }
  const child = object[key];
  if (!isPlainObject(child)) return;
  const copy = { ...child };
  object[key] = copy;
  removePath(copy, rest);
}

function valueAt(object: Record<string, unknown>, keys: string[]): unknown {
  let value: unknown = object;
  for (const key of keys) {
    if (!isPlainObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields that differ between two versions of a resource, sorted, in the form the change log records. The new
 * version's volatile paths are left out of both: a resource whose volatile values alone moved has no changed field.
 */
export function changedFields(before: ResourceRecord, after: ResourceRecord): string[] {
  const fields: string[] = [];
  if (before.name !== after.name) fields.push('name');
  if ((before.type ?? null) !== (after.type ?? null)) fields.push('type');
  if ((before.createdAt ?? null) !== (after.createdAt ?? null)) fields.push('created_at');
  for (const key of differingKeys(before.tags, after.tags)) fields.push(`tags.${key}`);
  const volatileFields = after.volatileFields ?? [];
  const beforeData = stableData(before.data, volatileFields);
  const afterData = stableData(after.data, volatileFields);
  for (const key of differingKeys(beforeData, afterData)) fields.push(`data.${key}`);
  return fields.sort();
}

function differingKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => canonicalOrAbsent(before[key]) !== canonicalOrAbsent(after[key]));
}

// An undefined value is absent, as in the hash, which drops undefined keys.
function canonicalOrAbsent(value: unknown): string | undefined {
  return value === undefined ? undefined : canonicalJson(value);
}
