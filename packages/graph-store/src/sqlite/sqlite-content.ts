import { hash as digest } from 'node:crypto';
import type { ResourceRecord } from '../graph-store.js';

/**
 * What the SQLite store keeps of a resource's content: tags and data as written, and a hash of them with the name,
 * type and creation time. The hash is of the JSON as written, not the canonical form, because that needs no key
 * sorting on the hot path of a re-sync; when it differs, the writer compares the fields canonically
 * (changedFields), so a mere change of key order is still no change.
 */
export interface StoredContent {
  tagsJson: string;
  dataJson: string;
  hash: string;
}

export function storedContent(resource: ResourceRecord): StoredContent {
  const tagsJson = JSON.stringify(resource.tags);
  const dataJson = JSON.stringify(resource.data);
  const core = JSON.stringify([resource.name, resource.type ?? null, resource.createdAt ?? null]);
  return { tagsJson, dataJson, hash: digest('sha1', `[${core},${tagsJson},${dataJson}]`, 'base64') };
}
