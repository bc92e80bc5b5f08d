import {
  FILTER_LIMITS,
  SEARCH_LIMITS,
  type ChangeKind,
  type ChangeRecord,
  type GraphStore,
} from '@cloud-inventory/graph-store';

/** A page of changes is one uid list of a filter or a query (matched a page at a time). */
const changesPerPage = Math.min(FILTER_LIMITS.listEntries, SEARCH_LIMITS.listEntries);

/**
 * A sync's change records of one kind (optionally of some resource kinds), in the order they were recorded, a page at
 * a time. Read back from the store once the sync has finished, so that the changes of a large sync are never all held
 * in memory (a million resources created are a million records).
 */
export async function* changesOfSync(
  store: GraphStore,
  syncId: string,
  change: ChangeKind,
  kinds?: string[],
): AsyncGenerator<ChangeRecord[]> {
  let pageToken: string | undefined;
  do {
    const page = await store.listChanges(
      { syncId, changes: [change], ...(kinds ? { kinds } : {}) },
      { limit: changesPerPage, ...(pageToken ? { pageToken } : {}) },
    );
    if (page.items.length > 0) yield page.items;
    pageToken = page.nextPageToken;
  } while (pageToken);
}

/** The uids of a sync's changes of one kind, a page at a time. */
export async function* changedUidsOfSync(
  store: GraphStore,
  syncId: string,
  change: ChangeKind,
): AsyncGenerator<string[]> {
  for await (const page of changesOfSync(store, syncId, change)) yield page.map((record) => record.uid);
}
