import { createHash } from 'node:crypto';
import type { ResourceRecord } from './graph-store.js';

/**
 * Change detection shared by every adapter, so that both stores classify a write the same way. The hash covers the
 * content a user cares about and leaves out volatile fields (updatedAt, sync markers, first/last seen).
 */

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export function contentHash(resource: ResourceRecord): string {
  const content = canonicalJson({
    name: resource.name,
    type: resource.type ?? null,
    createdAt: resource.createdAt ?? null,
    tags: resource.tags,
    data: resource.data,
  });
  return createHash('sha1').update(content).digest('hex');
}

/** The fields that differ between two versions of a resource, sorted, in the form the change log records. */
export function changedFields(before: ResourceRecord, after: ResourceRecord): string[] {
  const fields: string[] = [];
  if (before.name !== after.name) fields.push('name');
  if ((before.type ?? null) !== (after.type ?? null)) fields.push('type');
  if ((before.createdAt ?? null) !== (after.createdAt ?? null)) fields.push('created_at');
  for (const key of differingKeys(before.tags, after.tags)) fields.push(`tags.${key}`);
  for (const key of differingKeys(before.data, after.data)) fields.push(`data.${key}`);
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
