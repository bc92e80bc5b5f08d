import type { ResourceRecord } from '../graph-store.js';

/**
 * A resource's stored content as the writer reads it back for comparison, from one raw row: rid and the columns that
 * make up the content (name, type, creation time, tags and data as written).
 */
export type StoredContentRow = [
  position: number,
  rid: number,
  name: string,
  type: string | null,
  createdAt: string | null,
  tagsJson: string,
  dataJson: string,
];

/**
 * Whether the stored content equals the new one as written. The JSON is compared as written, not in canonical form,
 * because that needs no key sorting on the hot path of a re-sync; when it differs, the writer compares the fields
 * canonically (changedFields), so that a mere change of key order is still no change.
 */
export function sameStoredContent(
  stored: StoredContentRow,
  resource: ResourceRecord,
  tagsJson: string,
  dataJson: string,
): boolean {
  return (
    stored[6] === dataJson &&
    stored[5] === tagsJson &&
    stored[2] === resource.name &&
    stored[3] === (resource.type ?? null) &&
    stored[4] === (resource.createdAt ?? null)
  );
}
